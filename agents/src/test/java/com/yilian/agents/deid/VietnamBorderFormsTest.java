package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Guangxi-Vietnam border brings: day-first and Vietnamese birth dates, lunar birthdays with their year,
 * Vietnamese mobiles in 4-3-3, addresses by Vietnamese administrative levels, and haemoglobin Bart's, which is none.
 */
class VietnamBorderFormsTest {
    private static final Deidentifier DEID = new Deidentifier();

    private static List<String> found(String text, EntityKind kind) {
        return DEID.find(text).stream().filter(s -> s.kind() == kind).map(s -> s.in(text)).toList();
    }

    @Test
    void birthDatesDayFirstInVietnameseAndLunarWithYear() {
        assertThat(found("Ngày sinh: 05/11/1983\nĐiện thoại: 0912 345 678", EntityKind.BIRTH_DATE)).containsExactly("05/11/1983");
        assertThat(found("出生日期：17-02-1975", EntityKind.BIRTH_DATE)).containsExactly("17-02-1975");
        assertThat(found("{\"ngaySinh\":\"ngày 9 tháng 3 năm 1958\"}", EntityKind.BIRTH_DATE))
                .containsExactly("ngày 9 tháng 3 năm 1958");
        assertThat(found("寿星韦氏，1928年农历腊月初三", EntityKind.BIRTH_DATE)).containsExactly("1928年农历腊月初三");
        assertThat(found("佢话生日系农历1940年八月十五", EntityKind.BIRTH_DATE)).containsExactly("农历1940年八月十五");
        assertThat(found("编号,女方,女方出生日期\nHJ0001,韦美兰,19860412\n", EntityKind.BIRTH_DATE)).containsExactly("19860412");
        // A visit date is none.
        assertThat(found("复诊 12-03-2024，血红蛋白 98 g/L", EntityKind.BIRTH_DATE)).isEmpty();
    }

    @Test
    void vietnameseMobilesAndAddresses() {
        assertThat(found("越南家属电话 0912.345.678；Điện thoại: 0388 123 456", EntityKind.PHONE))
                .containsExactly("0912.345.678", "0388 123 456");
        assertThat(found("版本 1.2.3，剂量 0.5 mg", EntityKind.PHONE)).isEmpty();
        assertThat(found("Địa chỉ: thôn Bản Chắt, xã Thụy Hùng, huyện Văn Lãng, tỉnh Lạng Sơn\n", EntityKind.ADDRESS))
                .containsExactly("thôn Bản Chắt, xã Thụy Hùng, huyện Văn Lãng, tỉnh Lạng Sơn");
        assertThat(found("quê ở Xom Na Lang, Xa Ngoc Khe, Huyen Trung Khanh, Tinh Cao Bang。", EntityKind.ADDRESS))
                .containsExactly("Xom Na Lang, Xa Ngoc Khe, Huyen Trung Khanh, Tinh Cao Bang");
        assertThat(found("她嫁给百色市靖西市湖润镇新灵村的农民", EntityKind.ADDRESS)).containsExactly("百色市靖西市湖润镇新灵村");
    }

    @Test
    void aPassportAfterAnIdentityLabelIsNoIdentityCard() {
        assertThat(found("证件：越南护照  C3871264\n生日：27/07/1980", EntityKind.ID_NUMBER)).isEmpty();
        assertThat(found("证件：A123456(3)", EntityKind.ID_NUMBER)).containsExactly("A123456(3)");
    }

    @Test
    void haemoglobinBartsIsNoName() {
        assertThat(found("地贫筛查：Hb Bart's 6%，HbH 病待排", EntityKind.NAME)).isEmpty();
    }
}
