package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What cross-boundary care with Hong Kong, the north-east's forest and state farms and a county's chronic-disease
 * registers bring: Hong Kong names in its romanisation, its local numbers and hospital numbers; forest-farm, state-farm
 * and factory-block addresses, townships of several peoples and places in Russia written in Chinese; management and
 * rural-cooperative numbers, IDs spread by a scan and passport-style birth dates; and what is none.
 */
class HongKongAndNorthEastFormsTest {
    @Test
    void hongKongNames() {
        assertThat(found("Insured person: WOO Kit-fong\nPatient: LEE Tat-san, about 80 years\nDr Edmond WONG Chi-chung\n"
                + "救护员Cherie TAU Ka-yee完成交接\nLives with spouse, Shun-hing Cheung; Payee: Ho Hiu Ching Gladys\n"
                + "A179789(4),WONG YUK SHIM,20240621\nRe: Madam CHEUNG LEUNG TAI TAI, 79 F\nYIP, Yuet Kiu\n"
                + "[WhatsApp] Dr Cheng – Fanny Choi\n", EntityKind.NAME))
                .contains("WOO Kit-fong", "LEE Tat-san", "Edmond WONG Chi-chung", "Cherie TAU Ka-yee", "Shun-hing Cheung",
                        "Ho Hiu Ching Gladys", "WONG YUK SHIM", "CHEUNG LEUNG TAI TAI", "YIP, Yuet Kiu", "Fanny Choi")
                .doesNotContain("Dr Edmond WONG Chi-chung", "Madam CHEUNG LEUNG TAI TAI");
        // Cantonese: a nurse is 姑娘, 我系 is "I am", 妈咪 a mother.
        assertThat(found("喂 陳姑娘 我係車志雄屋企人\n我想查下我媽咪區莫妹張單\n", EntityKind.NAME))
                .containsExactly("陳", "車志雄", "區莫妹");
        // Districts, estates, boundary crossings and insurers are no names.
        assertThat(found("Pick-up: Shenzhen Bay Control Point\nName on Home Return Permit: 谭瑞卿\nNear Kowloon Tong; "
                + "Victoria Harbour Life Assurance; Family Law", EntityKind.NAME))
                .containsExactly("谭瑞卿");
    }

    @Test
    void hongKongAddresses() {
        assertThat(found("住址：大興邨興財樓2418室\n住址：北角春秧街228號6樓前座\n住址：惠州市大亚湾龙山八路233号海景湾畔E座301\n"
                + "We live at Flat 3008, 30/F, Lok Shun House, Lok Fu Estate, Wong Tai Sin, Kowloon. Could we\n"
                + "Place of work: Rm 2409, 24/F, Po Yee House, Po Lam Estate, New Territories\n", EntityKind.ADDRESS))
                .containsExactly("大興邨興財樓2418室", "北角春秧街228號6樓前座", "惠州市大亚湾龙山八路233号海景湾畔E座301",
                        "Flat 3008, 30/F, Lok Shun House, Lok Fu Estate, Wong Tai Sin, Kowloon",
                        "Rm 2409, 24/F, Po Yee House, Po Lam Estate, New Territories");
    }

    @Test
    void hongKongNumbers() {
        assertThat(found("香港联系人：郭靄琳（66806817）；家屬：竇嘉儀  6707 4286\nHK$68420 paid 20240621; 保單號碼：25361043",
                EntityKind.PHONE)).containsExactly("66806817", "6707 4286");
        // Without Hong Kong in the record, eight digits stay what they are.
        assertThat(found("订单 66806817，金额 6707", EntityKind.PHONE)).isEmpty();
        assertThat(found("醫院編號 HN16841705(6)\n患者：冼碧霞  病人编号：QK25167419\n", EntityKind.MEDICAL_RECORD))
                .containsExactly("HN16841705(6)", "QK25167419");
        assertThat(found("保险公司：狮子山医疗保险  会员号：LR-0156562-03\n购物平台会员号：VIP20241234", EntityKind.INSURANCE))
                .containsExactly("LR-0156562-03");
    }

    @Test
    void forestFarmsStateFarmsAndAbroad() {
        assertThat(found("住址：黑龙江省牡丹江市柴河林业局东村林场2委5组\n住址：黑龙江省双鸭山市友谊县友谊农场5管理区1作业站50号\n"
                + "现住吉林省长春市绿园区一汽24街区16栋4门402；\n住塔河林业局盘古林场4号楼3单元103；\n"
                + "住 址 八五一一农场第二管理区第13作业区\n住址：黑龙江省牡丹江市宁安市江南朝鲜族满族乡上官地村朝鲜屯\n"
                + "工作地址俄罗斯符拉迪沃斯托克市海洋大街63号\n我家在临江林业局西小山林场，进屯第三家\n住富拉尔基区红宝石大街71号；",
                EntityKind.ADDRESS)).containsExactly("黑龙江省牡丹江市柴河林业局东村林场2委5组",
                "黑龙江省双鸭山市友谊县友谊农场5管理区1作业站50号", "吉林省长春市绿园区一汽24街区16栋4门402",
                "塔河林业局盘古林场4号楼3单元103", "八五一一农场第二管理区第13作业区",
                "黑龙江省牡丹江市宁安市江南朝鲜族满族乡上官地村朝鲜屯", "俄罗斯符拉迪沃斯托克市海洋大街63号", "临江林业局西小山林场",
                "富拉尔基区红宝石大街71号");
        // A district read from the word before it still starts at the district (家住和平区…).
        assertThat(found("患者家住和平区中山路5号", EntityKind.ADDRESS)).containsExactly("和平区中山路5号");
    }

    @Test
    void registersCardsAndDates() {
        assertThat(found("身份证 6 1 0 7 0 3 1 9 6 8 0 7 2 4 4 3 8 X\n批号 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8", EntityKind.ID_NUMBER))
                .containsExactly("6 1 0 7 0 3 1 9 6 8 0 7 2 4 4 3 8 X");
        assertThat(found("管理编号：TNB-610703-24249\nHypertension register no.: GXY-610921-15995\n", EntityKind.MEDICAL_RECORD))
                .containsExactly("TNB-610703-24249", "GXY-610921-15995");
        assertThat(found("合疗证号：61102692315705\n", EntityKind.INSURANCE)).containsExactly("61102692315705");
        assertThat(found("Date of birth: 07SEP1978\n", EntityKind.BIRTH_DATE)).containsExactly("07SEP1978");
        // A banner, a form's fields and the north-east's words are no names.
        assertThat(found("汪德江，满族，祖上镶黄旗\n原单位：哈尔滨锅炉厂\n施源器：三管\n邹凤鸣：王工那人贼好\n任老师：好嘞", EntityKind.NAME))
                .containsExactly("汪德江", "邹凤鸣", "任");
    }
}
