package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Liangshan–Ganzi corridor, a Shanghai international centre and the Hakka hills bring: Yi names by clan and
 * given syllables, Kham Tibetan names, names in the Yi syllabary (also listed), Korean names after a Korean form's key,
 * Japanese names with a blank and their kana reading, Arab names with their family's Al or after an Arabic key, Hindi
 * names in Devanagari, the rooms of a Shanghai lane house and of a Hakka earthen tower, Malaysian and Indonesian
 * identity numbers, Republic and cyclical birthdays, and a treatment programme's numbers; and what is none: the Yi
 * people's own name, a heading in Burmese on its own line, the words of a Korean or Hindi sentence, a Japanese form's
 * 氏名 label, two loanwords in katakana, a MyKad-like number with an impossible date.
 */
class LiangshanAndShanghaiFormsTest {
    @Test
    void yiAndKhamNames() {
        assertThat(found("产后访视：的日牛嫫，家属瓦扎木且陪同；村医俄底拉体", EntityKind.NAME))
                .containsExactly("的日牛嫫", "瓦扎木且", "俄底拉体");
        assertThat(found("寺院筛查：四郎降措，转诊；联系人泽郎王姆，电话13288372448", EntityKind.NAME))
                .containsExactly("四郎降措", "泽郎王姆");
    }

    @Test
    void namesInTheYiSyllabary() {
        assertThat(found("彝文名单：ꃬꍈꎐꂿ、ꇌꇰꀊꑛ、ꀊꑟꑳꋝ，请到卫生院体检", EntityKind.NAME))
                .containsExactly("ꃬꍈꎐꂿ", "ꇌꇰꀊꑛ", "ꀊꑟꑳꋝ");
        assertThat(found("随访：曲比衣嫫（ꐎꀘꑳꂿ），出生2009.8.3", EntityKind.NAME)).containsExactly("曲比衣嫫", "ꐎꀘꑳꂿ");
        // The people's own name is no person; a heading in Burmese on a line of its own is no name either.
        assertThat(found("ꆈꌠ文字宣传册已发放", EntityKind.NAME)).isEmpty();
        assertThat(found("登记：周支边\nဆေးရုံ မှတ်တမ်း\nအမည် မင်းခန့်ကျော်", EntityKind.NAME))
                .doesNotContain("ဆေးရုံ မှတ်တမ်း");
    }

    @Test
    void koreanAndArabNamesOfAnInternationalCentre() {
        assertThat(found("환자 정보\n이름: 박은채\n생년월일: 1947년 7월", EntityKind.NAME)).containsExactly("박은채");
        assertThat(found("VIP: Khalid bin Saeed Al Mansoori, UAE; sister Fatima bint Ahmed Al-Kaabi", EntityKind.NAME))
                .containsExactly("Khalid bin Saeed Al Mansoori", "Fatima bint Ahmed Al-Kaabi");
        assertThat(found("翻译成韩语：하루에 두 번 드세요.", EntityKind.NAME)).isEmpty();
        assertThat(found("韩国患者赵贤宇（조현우），1996년 6월 9일生；员工就诊：박은채，64岁，급성 위장염", EntityKind.NAME))
                .containsExactly("赵贤宇", "조현우", "박은채");
        // A Korean form's keys are no names, and its health-check number is a record.
        assertThat(found("검진번호: SZRH88722051\n연락처: 010-7615-4197", EntityKind.NAME)).isEmpty();
        assertThat(found("검진번호: SZRH88722051\n연락처: 010-7615-4197", EntityKind.MEDICAL_RECORD))
                .containsExactly("SZRH88722051");
        assertThat(found("Пациент: Смирнова Екатерина Андреевна\nName as in passport: Сарсенбаева Д. Б.", EntityKind.NAME))
                .containsExactly("Смирнова Екатерина Андреевна", "Сарсенбаева Д. Б.");
        assertThat(found("بيانات المريض\nالاسم: خالد بن سعيد المنصوري\n患者家属अनन्या अय्यर在场", EntityKind.NAME))
                .containsExactly("خالد بن سعيد المنصوري", "अनन्या अय्यर");
        assertThat(found("नमस्ते, आपकी रिपोर्ट तैयार है।", EntityKind.NAME)).isEmpty();
        assertThat(found("Dear Verity Trelawney,\nPlease find attached the bill. Dear Claims Team,", EntityKind.NAME))
                .containsExactly("Verity Trelawney");
    }

    @Test
    void roomsOfAShanghaiLaneHouse() {
        assertThat(found("住址：长宁区江苏路645弄55号三层阁\n联系人：陆", EntityKind.ADDRESS))
                .containsExactly("长宁区江苏路645弄55号三层阁");
        assertThat(found("阿拉住徐汇区建国西路288弄32号后厢房，侬来看看", EntityKind.ADDRESS))
                .containsExactly("徐汇区建国西路288弄32号后厢房");
        assertThat(found("今朝到静安区新闸路439弄36号亭子间看李家阿娘", EntityKind.ADDRESS))
                .containsExactly("静安区新闸路439弄36号亭子间");
    }

    @Test
    void japaneseFormsGiveTheNameAndItsReading() {
        assertThat(found("患者氏名：森田 健太郎\nフリガナ：モリタ ケンタロウ\n生年月日：平成11年10月28日", EntityKind.NAME))
                .containsExactly("森田 健太郎", "モリタ ケンタロウ");
        assertThat(found("ふりがな：にしむら たくみ", EntityKind.NAME)).containsExactly("にしむら たくみ");
        assertThat(found("患者坂本 直樹（Sakamoto Naoki），在沪日侨", EntityKind.NAME)).contains("坂本 直樹");
        assertThat(found("人間ドックの結果をお送りします。受診番号 TJ202405093586。", EntityKind.MEDICAL_RECORD))
                .containsExactly("TJ202405093586");
        assertThat(found("クリニック サービス案内", EntityKind.NAME)).isEmpty();
    }

    @Test
    void hakkaHillsAndOverseasRelatives() {
        assertThat(found("2,彭桂琼,辛卯年八月廿五,梅州市兴宁市罗岗镇新陂村崇德楼三层20号,0598-6314658", EntityKind.BIRTH_DATE))
                .containsExactly("辛卯年八月廿五");
        assertThat(found("2,彭桂琼,辛卯年八月廿五,梅州市兴宁市罗岗镇新陂村崇德楼三层20号,0598-6314658", EntityKind.ADDRESS))
                .containsExactly("梅州市兴宁市罗岗镇新陂村崇德楼三层20号");
        assertThat(found("台湾乡亲：出生日期民國六十五年七月十六日；大陆手机19670387813", EntityKind.BIRTH_DATE))
                .containsExactly("民國六十五年七月十六日");
        assertThat(found("Lily Tjhin, Malaysia, 910205-13-0094; MyKad: 470711082157; NIK: 3173052104120812",
                EntityKind.ID_NUMBER)).containsExactly("910205-13-0094", "470711082157", "3173052104120812");
        // The thirteenth month does not exist, and a bare twelve digits without their label are another number.
        assertThat(found("批号 911305-13-0094；订单 470711082157", EntityKind.ID_NUMBER)).isEmpty();
        assertThat(found("抗病毒治疗编号：LJMZ246951014\n建档号：51343785440551691", EntityKind.MEDICAL_RECORD))
                .containsExactly("LJMZ246951014", "51343785440551691");
    }
}
