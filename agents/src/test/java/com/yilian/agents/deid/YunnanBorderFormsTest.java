package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Yunnan–Myanmar and Yunnan–Laos border brings: Myanmar citizenship cards and mobiles, Dai- and
 * Buddhist-era birth dates, Dai and Jingpo names without a surname, Burmese names in Chinese characters and in Latin
 * letters, names in the Burmese, Lao and Dai scripts, and what is none: a form's key in those scripts, 排班 and 玉米.
 */
class YunnanBorderFormsTest {
    @Test
    void myanmarIdentityCardsAndMobiles() {
        assertThat(found("证件：缅甸NRC 13/NaKhaNa(N)712405；电话09-942176305", EntityKind.ID_NUMBER))
                .containsExactly("13/NaKhaNa(N)712405");
        assertThat(found("证件：缅甸NRC 13/NaKhaNa(N)712405；电话09-942176305", EntityKind.PHONE))
                .containsExactly("09-942176305");
        assertThat(found("မှတ်ပုံတင် ၁/ဗမန(နိုင်)၄၃၂၁၀၉\nဖုန်း ၀၉ ၆၁၂ ၃၄၅ ၇၈၉", EntityKind.PHONE)).containsExactly("၀၉ ၆၁၂ ၃၄၅ ၇၈၉");
        assertThat(found("မှတ်ပုံတင် ၁/ဗမန(နိုင်)၄၃၂၁၀၉\nဖုန်း ၀၉ ၆၁၂ ၃၄၅ ၇၈၉", EntityKind.ID_NUMBER))
                .containsExactly("၁/ဗမန(နိုင်)၄၃၂၁၀၉");
        // A receipt's code that opens with 09 is no phone.
        assertThat(found("取药验证码：09730579314", EntityKind.PHONE)).isEmpty();
    }

    @Test
    void daiAndBuddhistEraBirthDates() {
        assertThat(found("出生日期：傣历1331年6月15日", EntityKind.BIRTH_DATE)).containsExactly("傣历1331年6月15日");
        assertThat(found("Somchai\tThai\t佛历2512年3月12日", EntityKind.BIRTH_DATE)).containsExactly("佛历2512年3月12日");
        assertThat(found("DOB 12 Mar B.E. 2512; DOB 12 มี.ค. 2512", EntityKind.BIRTH_DATE))
                .containsExactly("12 Mar B.E. 2512", "12 มี.ค. 2512");
    }

    @Test
    void borderNamesInEveryScript() {
        assertThat(found("姓名：岩温龙  性别：男；家属咪玉叶，电话13912345678", EntityKind.NAME)).containsExactly("岩温龙", "咪玉叶");
        assertThat(found("美沙酮门诊服药登记\n姓名：勒排干努\n今日剂量：60ml", EntityKind.NAME)).containsExactly("勒排干努");
        assertThat(found("患者只会说缅语，口岸翻译觉梭莫，主诉发热", EntityKind.NAME)).containsExactly("觉梭莫");
        assertThat(found("Interpreter Kyaw Zin Htet called; the mother, Nilar Win, agreed", EntityKind.NAME))
                .containsExactly("Kyaw Zin Htet", "Nilar Win");
        assertThat(found("病历号,傣文姓名,中文姓名\nKA2023001,ᦀᦲᦛᦱᧂ,玉叶\n", EntityKind.NAME)).contains("ᦀᦲᦛᦱᧂ");
        assertThat(found("{\"姓名\":\"岩温龙\",\"老挝文姓名\":\"ສົມພອນ ວົງຄຳ\"}", EntityKind.NAME)).contains("ສົມພອນ ວົງຄຳ");
        // A form's key in the Burmese script opens its line and is no name.
        assertThat(found("နေရပ် Ward 10, Muse\nဖုန်း ၀၉ ၆၁၂ ၃၄၅ ၇၈၉", EntityKind.NAME)).isEmpty();
        assertThat(found("排班表已更新；玉米、岩石和混合饲料", EntityKind.NAME)).isEmpty();
    }

    @Test
    void theOtherEntriesOfAListOfPeople() {
        assertThat(found("群体事件：杨腊翁、尼块、沙车三人晚饭吃了白毒伞", EntityKind.NAME)).containsExactly("杨腊翁", "尼块");
        assertThat(found("症状：发热、咳嗽、胸痛", EntityKind.NAME)).isEmpty();
    }
}
