package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Inner Mongolia, northern Shaanxi and Shanxi and the patients from Mongolia bring: names in the Mongolian script,
 * in Cyrillic and romanised with the father's initial, Mongolian names in Chinese characters, Cyrillic birth dates and
 * addresses, +976 phones, banner, sumu and gacha addresses, the words of Mongolian medicine (no names), the regional
 * surnames 折 and 介, pet names known by their shape, and SURNAME/GIVEN as tickets write it.
 */
class NorthernFormsTest {
    @Test
    void mongolianScriptNamesAloneInACellAfterALabelOrGreeted() {
        assertThat(found("病案号,蒙文姓名,汉文姓名\nMZ2231,ᠪᠠᠲᠤ,巴图\n", EntityKind.NAME)).contains("ᠪᠠᠲᠤ");
        assertThat(found("姓名：乌力吉（ᠨᠡᠷᠡ：ᠥᠯᠵᠡᠢ）\nᠤᠲᠠᠰᠤ：13904771234", EntityKind.NAME)).containsExactly("乌力吉", "ᠥᠯᠵᠡᠢ");
        assertThat(found("【旗人民医院】ᠰᠠᠷᠠᠨ ᠲᠠ 2025-03-02 ᠡᠮᠨᠡᠯᠭᠡ ᠳᠦ ᠢᠷᠡᠭᠡᠷᠡᠢ", EntityKind.NAME)).containsExactly("ᠰᠠᠷᠠᠨ");
        // A heading of several words is no name.
        assertThat(found("ᠮᠣᠩᠭᠣᠯ ᠡᠮᠨᠡᠯᠭᠡ\n诊断：胃炎", EntityKind.NAME)).isEmpty();
    }

    @Test
    void cyrillicNamesWithInitialPatronymicKeyOrAlone() {
        assertThat(found("家属Т. Оюунчимэг到场签字", EntityKind.NAME)).containsExactly("Т. Оюунчимэг");
        assertThat(found("联系人Батын Түвшинжаргал，电话+976 99112233", EntityKind.NAME))
                .containsExactly("Батын Түвшинжаргал");
        assertThat(found("Нэр: Энхтуяа\nОнош: ходоодны үрэвсэл", EntityKind.NAME)).containsExactly("Энхтуяа");
        assertThat(found("翻译Золзаяа逐句翻译", EntityKind.NAME)).containsExactly("Золзаяа");
        // Words of an address or a diagnosis are none.
        assertThat(found("Хаяг: Улаанбаатар хот, Баянгол дүүрэг, 3-р хороо\nОнош: цөсний чулуу", EntityKind.NAME)).isEmpty();
    }

    @Test
    void romanisedNamesWithTheFathersInitial() {
        assertThat(found("Driver Tsolmon B. (DOB 1988.04.02) is stable.", EntityKind.NAME)).containsExactly("Tsolmon B.");
        assertThat(found("同学E. Munkhzul陪同", EntityKind.NAME)).containsExactly("E. Munkhzul");
    }

    @Test
    void mongolianNamesInChineseCharacters() {
        assertThat(found("患者孟根其木格，女，56岁", EntityKind.NAME)).containsExactly("孟根其木格");
        assertThat(found("护理员包巴雅尔送来", EntityKind.NAME)).containsExactly("包巴雅尔");
        assertThat(found("Interpreter: 道尔吉", EntityKind.NAME)).containsExactly("道尔吉");
        assertThat(found("会诊蒙医诺敏；建议复查", EntityKind.NAME)).containsExactly("诺敏");
        // Mongolian medicine's roots and words are no names (蒙医师 is the physician, not a surname 蒙).
        assertThat(found("蒙医辨证为赫依偏盛，巴达干症状减轻；蒙医师 乌力吉", EntityKind.NAME)).containsExactly("乌力吉");
        assertThat(found("嘎查家庭医生签约；筛查医生薛志刚", EntityKind.NAME)).containsExactly("薛志刚");
    }

    @Test
    void cyrillicBirthDatesPhonesAndAddresses() {
        assertThat(found("Төрсөн огноо: 1979 оны 3-р сарын 14\nУтас: (+976) 8811-2233", EntityKind.BIRTH_DATE))
                .containsExactly("1979 оны 3-р сарын 14");
        assertThat(found("出生日期：1965 оны арван нэгдүгээр сарын 2", EntityKind.BIRTH_DATE))
                .containsExactly("1965 оны арван нэгдүгээр сарын 2");
        assertThat(found("Утас: (+976) 8811-2233", EntityKind.PHONE)).containsExactly("(+976) 8811-2233");
        assertThat(found("妻子电话+976 99118822；", EntityKind.PHONE)).containsExactly("+976 99118822");
        assertThat(found("Хаяг: Дархан хот, 5-р баг, 12-р байр, 40 тоот\nОнош", EntityKind.ADDRESS))
                .containsExactly("Дархан хот, 5-р баг, 12-р байр, 40 тоот");
        assertThat(found("司机,护照号,电话,蒙古国住址\nTsolmon B.,E1234567,(+976) 8811-2233,Bag 3, Khanbogd Soum, Umnugovi Aimag\n",
                EntityKind.ADDRESS)).containsExactly("Bag 3, Khanbogd Soum, Umnugovi Aimag");
    }

    @Test
    void bannerSumuGachaAndMineAddresses() {
        assertThat(found("家住锡林郭勒盟东乌珠穆沁旗满都宝力格镇额仁高毕嘎查第3牧点，", EntityKind.ADDRESS))
                .containsExactly("锡林郭勒盟东乌珠穆沁旗满都宝力格镇额仁高毕嘎查第3牧点");
        assertThat(found("住址：包头市达尔罕茂明安联合旗百灵庙镇哈沙图嘎查2组", EntityKind.ADDRESS))
                .containsExactly("包头市达尔罕茂明安联合旗百灵庙镇哈沙图嘎查2组");
        assertThat(found("住鄂尔多斯市伊金霍洛旗神东煤炭集团职工生活区12排5号", EntityKind.ADDRESS))
                .containsExactly("鄂尔多斯市伊金霍洛旗神东煤炭集团职工生活区12排5号");
        assertThat(found("住榆林市神木市大柳塔煤矿单身公寓3号楼214室", EntityKind.ADDRESS))
                .containsExactly("榆林市神木市大柳塔煤矿单身公寓3号楼214室");
    }

    @Test
    void regionalSurnamesPetNamesAndSlashedPinyin() {
        assertThat(found("交通事故：伤者折永红，女，45岁；同车介美兰轻伤", EntityKind.NAME)).contains("折永红");
        assertThat(found("家属介美兰，电话13904771234", EntityKind.NAME)).containsExactly("介美兰");
        assertThat(found("患者右桡骨骨折，转诊介绍信已开；折合人民币300元", EntityKind.NAME)).isEmpty();
        assertThat(found("[语音留言] 你的药到了 叫锁锁来拿；额妈二蛋不吃饭", EntityKind.NAME)).containsExactly("锁锁", "二蛋");
        assertThat(found("叫妈妈来，让宝宝慢慢吃", EntityKind.NAME)).isEmpty();
        assertThat(found("worker,dob\nLIU/GUIHUA,19740709\n", EntityKind.NAME)).containsExactly("LIU/GUIHUA");
        assertThat(found("HE/SHE, N/A, ICU/CCU", EntityKind.NAME)).isEmpty();
        // An employer's English name is none, nor a Mongolian key without its colon.
        assertThat(found("【Tavan Coal Transport】Saruul T., your clearance is ready. Утас 0477-2658866", EntityKind.NAME))
                .containsExactly("Saruul T.");
    }

    @Test
    void chatSpeakersDialectKinAndPeoples() {
        assertThat(found("[微信 翻译群] 敖日格勒：明天复查\n[微信 翻译群] 医生：好的\n", EntityKind.NAME))
                .containsExactly("敖日格勒");
        assertThat(found("[语音转文字] 大夫 额家老汉王存喜喝了酒 心口疼", EntityKind.NAME)).containsExactly("王存喜");
        assertThat(found("额是蒙古族 汉话说不好", EntityKind.NAME)).isEmpty();
    }
}
