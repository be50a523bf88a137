package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What returnees from Europe and the Tumen and Three Gorges consortia bring: Italian, Spanish, Korean and French national
 * numbers by their own checks, IBANs and European health cards, birthdays in Korean, Italian and Russian, Korean
 * names in a KakaoTalk chat and after kin words, the Dutch BSN after its label, Korean, Russian, French and European
 * phones, family-doctor contract numbers, Chongqing flats below the road and by floor-door, a district before its
 * subdistrict, dormitory blocks, Korean addresses in Chinese, Italian and Dutch addresses; and what is none: the same
 * shapes with a failing check, a passport's number.
 */
class ReturneesAndBorderFormsTest {
    @Test
    void nationalNumbersByTheirOwnCheck() {
        assertThat(found("意大利税号XNGDLN74E26Z210W，NIE Z4460118D，韩国身份证760503-1755679", EntityKind.ID_NUMBER))
                .containsExactly("XNGDLN74E26Z210W", "Z4460118D", "760503-1755679");
        assertThat(found("sécurité sociale : 1 96 09 99 216 907 74", EntityKind.INSURANCE)).containsExactly("1 96 09 99 216 907 74");
        // One character changed, each check fails.
        assertThat(found("代码XNGDLN74E26Z210X，Z4460118E，760503-1755670", EntityKind.ID_NUMBER)).isEmpty();
        assertThat(found("sécurité sociale : 1 96 09 99 216 907 75", EntityKind.INSURANCE)).isEmpty();
    }

    @Test
    void bankAccountsAndHealthCardsOfEurope() {
        assertThat(found("Bonifico su IT06 Y030 6992 1804 9049 9164 192 oppure NL91RABO0498647093", EntityKind.BANK_CARD))
                .containsExactly("IT06 Y030 6992 1804 9049 9164 192", "NL91RABO0498647093");
        assertThat(found("IBAN NL91RABO0498647094", EntityKind.BANK_CARD)).isEmpty();
        assertThat(found("意大利医疗卡80380002316882181921已过期", EntityKind.INSURANCE)).containsExactly("80380002316882181921");
    }

    @Test
    void birthdaysInTheLanguagesOfReturneesAndBorderCrossers() {
        assertThat(found("생년월일: 1977년 5월 11일\nNata il: 18.12.1943\nдата рождения: 1 апреля 1998\n出生20 maggio 1947",
                EntityKind.BIRTH_DATE)).containsExactly("1977년 5월 11일", "18.12.1943", "1 апреля 1998", "20 maggio 1947");
        // A visit on a date in French is no birthday.
        assertThat(found("Consultation le 3 juillet 2024, contrôle en août.", EntityKind.BIRTH_DATE)).isEmpty();
    }

    @Test
    void koreanNamesInChatsAndAfterKinWords() {
        assertThat(found("[카카오톡] 허일남: 엄마 병원 갔어?\n차미란: 응 괜찮대", EntityKind.NAME)).containsExactly("허일남", "차미란");
        assertThat(found("김장철 손 부상: 칼에 베인 상처. 딸 정미옥 연락처 010 9169 5463", EntityKind.NAME)).containsExactly("정미옥");
        assertThat(found("老人夜里喊“어머니”；女儿권혁从韩国打视频电话", EntityKind.NAME)).containsExactly("권혁");
        assertThat(found("복약지도: 리화자 할머니, 암로디핀 5mg 하루 한번", EntityKind.NAME)).containsExactly("리화자");
        // A chat line of a mother or a form's key is no name.
        assertThat(found("[카카오톡]\n엄마: 병원 갔어?\n연락처: 010-7615-4197", EntityKind.NAME)).isEmpty();
    }

    @Test
    void theBsnAfterItsLabelAndNoPassport() {
        assertThat(found("护照号E84211775；BSN 413538400", EntityKind.ID_NUMBER)).containsExactly("413538400");
        assertThat(found("BSN 413538401", EntityKind.ID_NUMBER)).isEmpty();
    }

    @Test
    void phonesOfKoreaRussiaAndEurope() {
        assertThat(found("电话01050238477、02-8652-2723、8 (42332) 9-37-75、8-924-219-77-23、07 42 58 97 46、0043 650 4817547",
                EntityKind.PHONE)).containsExactly("01050238477", "02-8652-2723", "8 (42332) 9-37-75", "8-924-219-77-23",
                "07 42 58 97 46", "0043 650 4817547");
    }

    @Test
    void contractNumbersAreRecords() {
        assertThat(found("签约编号：QY-500103-25-6214\nContract no.: CF2019-6376", EntityKind.MEDICAL_RECORD))
                .containsExactly("QY-500103-25-6214", "CF2019-6376");
    }

    @Test
    void addressesOfTheMountainCityTheBorderAndItaly() {
        assertThat(found("万州区太白街道江南移民新城32栋4单元12-6\n住址：渝岭市朝门区千厮坡193号3单元负3楼3号", EntityKind.ADDRESS))
                .containsExactly("万州区太白街道江南移民新城32栋4单元12-6", "渝岭市朝门区千厮坡193号3单元负3楼3号");
        assertThat(found("宿舍：珲春市边境经济合作区水产加工园1号宿舍楼203室；女儿住安山市檀园区元谷洞298-7号", EntityKind.ADDRESS))
                .containsExactly("珲春市边境经济合作区水产加工园1号宿舍楼203室", "安山市檀园区元谷洞298-7号");
        assertThat(found("Residenza: Via Pistoiese, 147 - 59100 Prato (PO), Italia\nWoonadres: Zeedijk 231-1, 1012 BB Amsterdam",
                EntityKind.ADDRESS)).containsExactly("Via Pistoiese, 147 - 59100 Prato (PO), Italia",
                "Zeedijk 231-1, 1012 BB Amsterdam");
        // A ward and its corridor are no district and street.
        assertThat(found("病区走廊第3床，护士站电话分机12", EntityKind.ADDRESS)).isEmpty();
    }
}
