package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses abroad in their own countries' forms (Korea, Japan, Europe, a Vietnamese city, Selangor and Sabah), the
 * rooms of a Shanghai lane house after its storey, insurance numbers behind a dialect copula, a scheme's bare name, a
 * foreign policy's or member's label, a record number that happens to pass the Luhn check, a birthday after the
 * identity number in a roster, and Malaysian Chinese names with a Western given name; and what is none: a Korean
 * sentence, a dosage with commas, a column of scheme types, a visit date in a roster without an identity number, a
 * word of the vocabulary before a Malaysian name, a bank card after its label.
 */
class AbroadAndRosterFormsTest {
    @Test
    void addressesInTheirCountrysOwnForm() {
        assertThat(found("주소: 서울특별시 마포구 서교동 978-14 103동 2403호\n전화: 010-7615-4197", EntityKind.ADDRESS))
                .containsExactly("서울특별시 마포구 서교동 978-14 103동 2403호");
        assertThat(found("住所：〒530-0001 大阪府大阪市北区梅田1丁目18-2\n電話：070-1844-7554", EntityKind.ADDRESS))
                .containsExactly("〒530-0001 大阪府大阪市北区梅田1丁目18-2");
        assertThat(found("Domicilio: Calle de Alcalá 3, 1º C, 28009 Madrid\nAnschrift: Hauptstraße 13, 80331 München",
                EntityKind.ADDRESS)).containsExactly("Calle de Alcalá 3, 1º C, 28009 Madrid", "Hauptstraße 13, 80331 München");
        assertThat(found("Son's flat: 12 rue de la Paix, 75002 Paris\nNext visit in May.", EntityKind.ADDRESS))
                .containsExactly("12 rue de la Paix, 75002 Paris");
        assertThat(found("Địa chỉ: Số 16 ngõ 82 phố Huế, Hai Bà Trưng, Hà Nội", EntityKind.ADDRESS))
                .containsExactly("Số 16 ngõ 82 phố Huế, Hai Bà Trưng, Hà Nội");
        assertThat(found("Home: No. 85, Jalan SS2/24, 47300 Petaling Jaya, Selangor; farm at Lot 97, Jalan Tuaran, "
                + "88450 Kota Kinabalu, Sabah", EntityKind.ADDRESS))
                .containsExactly("No. 85, Jalan SS2/24, 47300 Petaling Jaya, Selangor",
                        "Lot 97, Jalan Tuaran, 88450 Kota Kinabalu, Sabah");
        assertThat(found("住址：黄浦区自忠路555弄47号2楼灶披间，独居", EntityKind.ADDRESS))
                .containsExactly("黄浦区自忠路555弄47号2楼灶披间");
        // A Korean sentence naming a district, and a dose with commas, are no addresses.
        assertThat(found("마포구에서 왔어요. 내일 다시 오세요.", EntityKind.ADDRESS)).isEmpty();
        assertThat(found("Take 2 tablets, 3 times a day, 10 days in all.", EntityKind.ADDRESS)).isEmpty();
    }

    @Test
    void insuranceNumbersByTheirLabelsAndColumns() {
        assertThat(found("喂 张医生 𠊎係陈水娣 𠊎个医保卡号係LYYB9417575449 药冇了", EntityKind.INSURANCE))
                .containsExactly("LYYB9417575449");
        assertThat(found("| 姓名 | 出生 | 工伤保险 | 诊断 |\n|---|---|---|---|\n| 钟水莲 | 1945/11/1 | QTYB4025982204 | 矽肺壹期 |",
                EntityKind.INSURANCE)).containsExactly("QTYB4025982204");
        assertThat(found("Policy number: AXA-FR-536663\nMember no.: BG 0272 9847\n証券番号：U77706377-03",
                EntityKind.INSURANCE)).containsExactly("AXA-FR-536663", "BG 0272 9847", "U77706377-03");
        assertThat(found("{\"insurer\":\"Bupa Global\",\"memberNo\":\"GBG429030355\",\"policyType\":\"Gold\"}",
                EntityKind.INSURANCE)).containsExactly("GBG429030355");
        assertThat(found("参合人吴绍坤 医疗证号GZJM8382095255 开户银行 四川农信", EntityKind.INSURANCE))
                .containsExactly("GZJM8382095255");
        // A column of scheme types holds words, not numbers.
        assertThat(found("| 姓名 | 医保 | 诊断 |\n|---|---|---|\n| 钟水莲 | 职工医保 | 矽肺 |", EntityKind.INSURANCE)).isEmpty();
    }

    @Test
    void aRecordNumberThatPassesTheLuhnCheckStaysARecord() {
        String hl7 = "PID|1||31011322582707626||俞福娣||19930626|M";
        assertThat(found(hl7, EntityKind.MEDICAL_RECORD)).containsExactly("31011322582707626");
        assertThat(found(hl7, EntityKind.BANK_CARD)).isEmpty();
        assertThat(found("{\"tel\":\"19449021757\",\"archive\":\"35040544770461779\"}", EntityKind.MEDICAL_RECORD))
                .containsExactly("35040544770461779");
        assertThat(found("退款银行卡号：6222021001115678903，户名李", EntityKind.BANK_CARD)).containsExactly("6222021001115678903");
    }

    @Test
    void aBirthdayAfterTheIdentityNumberInARoster() {
        assertThat(found("退役军人优待体检名单\n邱焕坤 362126480221711 1952/1/7\n李观娣 360781196308239241 1955-10-22",
                EntityKind.BIRTH_DATE)).containsExactly("1952/1/7", "1955-10-22");
        assertThat(found("复查名单\n邱焕坤 2024-03-05 复查血压", EntityKind.BIRTH_DATE)).isEmpty();
    }

    @Test
    void malaysianChineseNamesWithAWesternGivenName() {
        assertThat(found("Son in Sabah: Jason Fung Vui Kong, +60 13-102 7110; Re: Sylvie Ng Cheong Tin, IC 950909137627",
                EntityKind.NAME)).containsExactly("Jason Fung Vui Kong", "Sylvie Ng Cheong Tin");
        assertThat(found("Guests: Nadège Li Ting Chung and Melissa Kong Siaw Lin", EntityKind.NAME))
                .containsExactly("Nadège Li Ting Chung", "Melissa Kong Siaw Lin");
        // A word of the vocabulary before the surname is no given name.
        assertThat(found("Contact Ng Mei Ling today", EntityKind.NAME)).containsExactly("Ng Mei Ling");
    }
}
