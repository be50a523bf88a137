package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What work abroad and migrant work bring: industrial parks' dorms, a town named with 市, a flat after its floor, a
 * place after 从; mobiles of Japan, Thailand and Malaysia; ED, scheme and vaccination numbers; and what is none: a
 * country or city abroad, a form's Arabic labels, Angola read as a surname and address, a project department, a day,
 * thanks, a group policy and an air waybill.
 */
class WorkAbroadAndMigrantFormsTest {
    @Test
    void dormsTownsAndFlats() {
        assertThat(found("宿舍 床位 姓名\n锦厦工业园A区宿舍3栋302房 2 李小翠\n九堡电商产业园员工宿舍9幢302室 2 石坚\n"
                + "老父亲还在衡阳市祁东县白地市镇种田；家属昨晚从赣州市兴国县高兴镇赶来\n现居住地：龙岗区坂田街道岗头村9巷12号3楼302\n",
                EntityKind.ADDRESS)).containsExactly("锦厦工业园A区宿舍3栋302房", "九堡电商产业园员工宿舍9幢302室",
                "衡阳市祁东县白地市镇", "赣州市兴国县高兴镇", "龙岗区坂田街道岗头村9巷12号3楼302");
    }

    @Test
    void townsBeforeASchoolNameTheSchool() {
        assertThat(found("复查通知：周沐阳（伊川县鸣皋镇中心小学五年级）；学 校 睢县城关镇第二小学；子女在南阳市南召县云阳镇上小学",
                EntityKind.ADDRESS)).containsExactly("南阳市南召县云阳镇");
    }

    @Test
    void numbersOfWorkersAndTheirFamilies() {
        assertThat(found("Contact in Japan: 090-1761-8078\n泰国娘家电话083-159-2385；Malaysia 019-679 0147", EntityKind.PHONE))
                .containsExactly("090-1761-8078", "083-159-2385", "019-679 0147");
        assertThat(found("DOB 01/02/1990\nED number: JZ202311230045\n接种编码：440306-2019-00123\n", EntityKind.MEDICAL_RECORD))
                .containsExactly("JZ202311230045", "440306-2019-00123");
        assertThat(found("Home county scheme no.: 450923198712\n", EntityKind.INSURANCE)).containsExactly("450923198712");
        // A group policy names no one; an air waybill is no landline.
        assertThat(found("团体保单号 GP-SX-2023-0012\n", EntityKind.INSURANCE)).isEmpty();
        assertThat(found("运抵长沙黄花机场（货运单号071-38127465），殡仪车", EntityKind.PHONE)).isEmpty();
    }

    @Test
    void placesAndWordsThatAreNoNames() {
        assertThat(found("Location: Jizan, Saudi Arabia\nSite clinic weekly report – Addis Ababa–Djibouti railway\n"
                + "Complaint: Typhidot IgM positive\nاسم المريض: LI CUILAN\nتاريخ الميلاد: 06.07.1960\n",
                EntityKind.NAME)).containsExactly("LI CUILAN");
        assertThat(found("感染地：安哥拉\n外派人员信息表\n我是项目部的刘亚军\n雒文博家属明天到西安\n陈冬梅：谢谢，娃他爷爷", EntityKind.NAME))
                .containsExactly("刘亚军", "雒文博", "陈冬梅");
        assertThat(found("监护人：郑州市嵩阳儿童福利院（院长张铁锁）\nDr YAN SHUFEN, Songyue Children's Hospital\n"
                + "{\"patientId\":\"XT-SS-3453\",\"name\":\"蔡佳蓉\"}\n干体重：58.5kg", EntityKind.NAME))
                .containsExactly("张铁锁", "YAN SHUFEN", "蔡佳蓉");
        // A place that is a family name stays a name (Mendoza).
        assertThat(found("Patient: Carlos Mendoza; Mendoza was seen", EntityKind.NAME)).contains("Carlos Mendoza");
    }
}
