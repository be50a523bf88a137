package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Tibetan plateau brings: Tibetan names without a surname in Chinese characters and names in the Tibetan
 * script, Tibetan-calendar and Tibetan-script birth dates, Tibetan digits, short autonomous-prefecture names,
 * monastery and settlement addresses, and what is none: a greeting, a Tibetan sentence, a visit after which someone
 * reports in a clinic.
 */
class TibetanPlateauFormsTest {
    @Test
    void tibetanNamesInChineseCharactersAndInTheTibetanScript() {
        assertThat(found("患者索朗多吉，男，52岁；妻子德吉央宗陪同", EntityKind.NAME)).containsExactly("索朗多吉", "德吉央宗");
        assertThat(found("家属卓玛，电话13912345678；扎西德勒！", EntityKind.NAME)).containsExactly("卓玛");
        assertThat(found("病历号,藏文姓名,中文姓名\nZY0001,བསོད་ནམས་རྡོ་རྗེ,索朗多吉\n", EntityKind.NAME))
                .containsExactly("བསོད་ནམས་རྡོ་རྗེ", "索朗多吉");
        assertThat(found("མིང་། བདེ་སྐྱིད་སྒྲོལ་མ\nསྨན་པ། 韩冬梅", EntityKind.NAME)).contains("བདེ་སྐྱིད་སྒྲོལ་མ");
        // A Tibetan sentence is no name.
        assertThat(found("ཁྱེད་ཀྱི་ཞིབ་བཤེར་འབྲས་བུ་ཐོན་སོང་། སང་ཉིན་ཤོག", EntityKind.NAME)).isEmpty();
    }

    @Test
    void oneNameElementAddressedAsAPerson() {
        assertThat(found("[微信 随访群]\n何秀蓉：次仁啦，今天血氧多少？\n沙鸥：继续吸氧", EntityKind.NAME))
                .containsExactly("何秀蓉", "次仁", "沙鸥");
        assertThat(found("5床刘援青，车祸术后；7床达瓦，冻伤", EntityKind.NAME)).containsExactly("刘援青", "达瓦");
        assertThat(found("喂 我是热嘎乡的次仁 我家尕娃摔了", EntityKind.NAME)).containsExactly("次仁");
        assertThat(found("由村医措吉翻译；四郎邓珠78岁", EntityKind.NAME)).containsExactly("措吉", "四郎邓珠");
        // A county that opens with an element stays a place.
        assertThat(found("家属住尼玛县，星期一复查", EntityKind.NAME)).isEmpty();
        assertThat(found("护士长祁查看；道班工人（工友叫他尕虎）", EntityKind.NAME)).containsExactly("祁", "尕虎");
    }

    @Test
    void tibetanDatesDigitsAndAddresses() {
        assertThat(found("生日 藏历木牛年四月二十五日", EntityKind.BIRTH_DATE)).containsExactly("藏历木牛年四月二十五日");
        assertThat(found("ང་ཚོ་ལ་ཆུ་རྫོང་ སྟག་རྩེ་ཐང་ཤང་ གྲོང་ཚོ་༧ལ་ཡོད།", EntityKind.ADDRESS)).hasSize(1)
                .allSatisfy(a -> assertThat(a).contains("ལ་ཆུ་རྫོང་ སྟག་རྩེ་ཐང་ཤང་ གྲོང་ཚོ་༧"));
        assertThat(found("出生日期：藏历第十七饶迥火羊年三月初八日\n", EntityKind.BIRTH_DATE)).containsExactly("藏历第十七饶迥火羊年三月初八日");
        assertThat(found("སྐྱེས་ཚེས། སྤྱི་ལོ་༡༩༥༢ ཟླ་༣ ཚེས་༡༢\nཁ་པར། ༡༣༩ ༡༢༣༤ ༥༦༧༨", EntityKind.BIRTH_DATE))
                .containsExactly("སྤྱི་ལོ་༡༩༥༢ ཟླ་༣ ཚེས་༡༢");
        assertThat(found("ཁ་པར། ༡༣༩ ༡༢༣༤ ༥༦༧༨", EntityKind.PHONE)).containsExactly("༡༣༩ ༡༢༣༤ ༥༦༧༨");
        assertThat(found("新生儿2019-05-02在帐篷里出生；2022年02月17日在社区卫生服务中心行胃镜", EntityKind.BIRTH_DATE))
                .containsExactly("2019-05-02");
        assertThat(found("我们在果洛州玛沁县大武乡牧民定居点3排5号 快来", EntityKind.ADDRESS))
                .containsExactly("果洛州玛沁县大武乡牧民定居点3排5号");
        assertThat(found("现住址：四川省阿坝州若尔盖县达扎寺西僧舍2排7号\n", EntityKind.ADDRESS))
                .containsExactly("四川省阿坝州若尔盖县达扎寺西僧舍2排7号");
    }
}
