package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Hainan and its overseas families bring: village teams, long roads and addresses in Malaysia, Indonesia,
 * Singapore and Russia; Malay and Indonesian months and short lunar years; retirees' five-letter insurance prefixes;
 * 亚X familiar names and overseas Chinese names in dialect spelling; and what is none: 要 before a verb, a village's
 * end, a bay.
 */
class HainanFormsTest {
    @Test
    void villageTeamsRoadsAndAddressesAbroad() {
        assertThat(found("现住 五指山市南圣镇毛道村委会毛道村第4村民小组\n", EntityKind.ADDRESS))
                .containsExactly("五指山市南圣镇毛道村委会毛道村第4村民小组");
        assertThat(found("住址：湛江市霞山区人民大道南76号金椰花园19栋3单元702房；", EntityKind.ADDRESS))
                .containsExactly("湛江市霞山区人民大道南76号金椰花园19栋3单元702房");
        assertThat(found("在马来西亚的地址是No. 18, Jalan Hainan 3, 93000 Kuching, Sarawak，电话+60 12-258 2470", EntityKind.ADDRESS))
                .containsExactly("No. 18, Jalan Hainan 3, 93000 Kuching, Sarawak");
        assertThat(found("Address abroad: Blk 247 Bedok North Ave 2, #15-334, Singapore 463325\n", EntityKind.ADDRESS))
                .containsExactly("Blk 247 Bedok North Ave 2, #15-334, Singapore 463325");
        assertThat(found("地址是г. Иркутск, ул. Карла Маркса, д. 47, кв. 115，电话", EntityKind.ADDRESS))
                .containsExactly("г. Иркутск, ул. Карла Маркса, д. 47, кв. 115");
        assertThat(found("地址是г. Иркутск, ул. Карла Маркса, д. 47, кв. 115，电话", EntityKind.NAME)).isEmpty();
    }

    @Test
    void birthDatesAndInsuranceOfRelativesAndRetirees() {
        assertThat(found("DOB: 3 Ogos 1946\nMother (DOB 26 Maret 1987) in Jakarta", EntityKind.BIRTH_DATE))
                .containsExactly("3 Ogos 1946", "26 Maret 1987");
        assertThat(found("我阿妈阴历四九年四月初一 身份证上写错了", EntityKind.BIRTH_DATE)).containsExactly("阴历四九年四月初一");
        assertThat(found("医保号HLJYB2710186822；主治黎医卓玉梅", EntityKind.INSURANCE)).containsExactly("HLJYB2710186822");
    }

    @Test
    void familiarAndOverseasNames() {
        assertThat(found("帕亚凡啊 我是卫生院的符乃锋 你家亚凡的化验单出来了 要来复查", EntityKind.NAME))
                .containsExactly("亚凡", "符乃锋", "亚凡");
        assertThat(found("Halo dokter, ini Phoo Siew Hong, ibu saya masih demam", EntityKind.NAME)).containsExactly("Phoo Siew Hong");
        assertThat(found("Dear Alice Foo Siew Eng,", EntityKind.NAME)).containsExactly("Alice Foo Siew Eng");
        assertThat(found("潜水员减压病：船长符陪同；我是胶佬 船上的", EntityKind.NAME)).containsExactly("符", "胶佬");
        // 要 before a verb, the end of a village's name and a bay are none.
        assertThat(found("我阿爸要去广州做手术；签约居民名册（番茅村）；Clinic: Yemeng Bay tourist area", EntityKind.NAME)).isEmpty();
    }
}
