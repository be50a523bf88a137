package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What south-east Guizhou and the Pearl River Delta bring: grandparents' birthdays by the old calendar and the
 * Republic, school registers' year and month, relocation sites and construction camps, an ID number right before a
 * phone, foreign phones with a long last group, Liangshan Yi names, Hong Kong and Macau spellings, Arab names by bin
 * and Abu; and what is none: a label after a name, where someone comes from, Abu Dhabi, Wong Tai Sin.
 */
class WulingAndPearlRiverFormsTest {
    @Test
    void birthDatesAsGrandparentsAndSchoolsWriteThem() {
        assertThat(found("我奶奶的老历生日是民国二十一年冬月初四 身份证上写错了", EntityKind.BIRTH_DATE))
                .containsExactly("民国二十一年冬月初四");
        assertThat(found("姓名 欧保略 出生 老历三九年八月十三 咬伤部位 左足", EntityKind.BIRTH_DATE)).containsExactly("老历三九年八月十三");
        assertThat(found("留守儿童健康检查表\n出生年月：201104\n监护人：龙运兰", EntityKind.BIRTH_DATE)).containsExactly("201104");
    }

    @Test
    void relocationSitesCampsAndRowsOfNumbers() {
        assertThat(found("他电话134 8841 1426，住从江县丙妹镇东城安置点\n", EntityKind.ADDRESS)).containsExactly("从江县丙妹镇东城安置点");
        assertThat(found("现住：贵州省雷岭县高冲镇榕雷高铁三标一工区38号板房\n", EntityKind.ADDRESS))
                .containsExactly("贵州省雷岭县高冲镇榕雷高铁三标一工区38号板房");
        assertThat(found("2 阿尔铁哈 440306195902145778 192 1163 9607", EntityKind.ID_NUMBER)).containsExactly("440306195902145778");
        assertThat(found("2 阿尔铁哈 440306195902145778 192 1163 9607", EntityKind.PHONE)).containsExactly("192 1163 9607");
        assertThat(found("Please call +92 394 8382006 or +91 84509 88143; HK +880 1567-702936.", EntityKind.PHONE))
                .containsExactly("+92 394 8382006", "+91 84509 88143", "+880 1567-702936");
    }

    @Test
    void namesOfTheFactoryBelt() {
        assertThat(found("宿舍登记：甲巴日格，男；工友俄底子日陪同", EntityKind.NAME)).containsExactly("甲巴日格", "俄底子日");
        assertThat(found("Contact LEI Ka Man or Leung Tsz-ching; Macau IEONG Kai Tai", EntityKind.NAME))
                .containsExactly("LEI Ka Man", "Leung Tsz-ching", "IEONG Kai Tai");
        assertThat(found("担保人 Mohsen bin Qasim（Abu Haitham），从 Abu Dhabi 来", EntityKind.NAME))
                .containsExactly("Mohsen bin Qasim", "Abu Haitham");
        // Where someone comes from, a label after a name and a district are none.
        assertThat(found("我是湖南嘅 林汉杰 我老婆大肚八个月", EntityKind.NAME)).containsExactly("林汉杰");
        assertThat(found("户主：罗正学\n原住址：贵州省雷山县望丰乡排卡村5组", EntityKind.NAME)).containsExactly("罗正学");
        assertThat(found("Wong Tai Sin Hospital, Kowloon", EntityKind.NAME)).isEmpty();
        assertThat(found("港籍人员就诊：陈颖诗，香港居民，88岁；外籍患者费用担保；巴基斯坦籍", EntityKind.NAME)).containsExactly("陈颖诗");
        assertThat(found("[微信群 高冲镇家庭医生群]\n麻秀英：龙医生，我阿婆今天好点了", EntityKind.NAME)).containsExactly("麻秀英", "龙");
        assertThat(found("榕溪市苗医药医院；寨上的水书先生；痰检莫得结核；苗年前出院；杨梅少吃", EntityKind.NAME)).isEmpty();
    }
}
