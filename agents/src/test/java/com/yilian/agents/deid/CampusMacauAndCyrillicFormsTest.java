package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a university clinic, Macau's border and Russian paperwork bring: a dorm after the university and its campus, in
 * Chinese and in English; English record and insurance labels (clinic no., TB reg., insurance card); Macau's process
 * numbers and mobiles, local numbers read out, radio digits, a Portuguese citizen card; Russian names by their
 * patronymic; and what is none: a number after another number's label, a hospital of the university, an amount read
 * out.
 */
class CampusMacauAndCyrillicFormsTest {
    @Test
    void dormsOfAUniversity() {
        assertThat(found("住武汉市洪山区珞喻路999号东湖大学南村9栋9门302号，电话；23:10 石城大学仙林校区梅园12幢402室学生呕吐",
                EntityKind.ADDRESS)).containsExactly("武汉市洪山区珞喻路999号东湖大学南村9栋9门302号", "石城大学仙林校区梅园12幢402室");
        assertThat(found("found in Building 8, Room 416, Zijing Court, Shicheng University Xianlin Campus by the roommate\n"
                + "+260 96 313 0138,\"Rm 113, Bldg 10, Heyuan Dormitory\"", EntityKind.ADDRESS))
                .containsExactly("Building 8, Room 416, Zijing Court, Shicheng University Xianlin Campus",
                        "Rm 113, Bldg 10, Heyuan Dormitory");
        // The university's own hospital is no one's home.
        assertThat(found("我在东湖大学附属医院住院", EntityKind.ADDRESS)).isEmpty();
    }

    @Test
    void recordAndInsuranceLabelsInEnglish() {
        assertThat(found("sick note, clinic no. SCXY20231234. TB reg. TB420111-2023-0481\n个案编号：XL2023-0012\n"
                + "{\"hospitalNo\":\"ZS20231234\",\"tbRegNo\":\"JH202312345\"}", EntityKind.MEDICAL_RECORD))
                .containsExactly("SCXY20231234", "TB420111-2023-0481", "XL2023-0012", "ZS20231234", "JH202312345");
        assertThat(found("insurance certificate number is LH2023456789. The school insurance LH2023456788 will pay. "
                + "Policy certificate: LH2023456787", EntityKind.INSURANCE))
                .containsExactly("LH2023456789", "LH2023456788", "LH2023456787");
        assertThat(found("National ID: 23456789", EntityKind.ID_NUMBER)).containsExactly("23456789");
    }

    @Test
    void macauNumbers() {
        assertThat(found("请合并住院号YM-2019-2231与P/19/384712；Processo n.º SW-2019-4471", EntityKind.MEDICAL_RECORD))
                .containsExactly("YM-2019-2231", "P/19/384712", "SW-2019-4471");
        assertThat(found("澳门身份证号码係5/123456/7 想睇骨科 电话六二七四 五五七九\nCall 62745579 if needed. O meu número é 6274 5579",
                EntityKind.PHONE)).containsExactly("六二七四 五五七九", "62745579", "6274 5579");
        assertThat(found("CC n.º 29804308 1 XO4\nMorada", EntityKind.ID_NUMBER)).containsExactly("29804308 1 XO4");
        // Another number's label, a permit's letter, no Macau in the record, an amount read out: no phone.
        assertThat(found("澳门 工号：62345678；回乡证M63881068", EntityKind.PHONE)).isEmpty();
        assertThat(found("Call 62745579 if needed.", EntityKind.PHONE)).isEmpty();
        assertThat(found("药费六十八元，电话费三十", EntityKind.PHONE)).isEmpty();
    }

    @Test
    void radioDictation() {
        // 洞 is 0, 拐 7 and 勾 9 on the radio; amounts with 十 stay.
        assertThat(found("船上报的手机幺八拐 四八两拐 洞洞勾幺，拐弯后十二海里", EntityKind.PHONE))
                .containsExactly("幺八拐 四八两拐 洞洞勾幺");
    }

    @Test
    void russianNamesByTheirPatronymic() {
        assertThat(found("Фамилия Имя Отчество Пак Виктор Дмитриевич\nДата рождения 14.02.1952\n问问Оксана Юрьевна吃啥了\n"
                + "Денис Аркадьевич Савельев, 18 лет", EntityKind.NAME))
                .containsExactly("Пак Виктор Дмитриевич", "Оксана Юрьевна", "Денис Аркадьевич Савельев");
    }
}
