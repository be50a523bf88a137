package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Guangxi-Vietnam border brings: day-first and Vietnamese birth dates, lunar birthdays with their year,
 * Vietnamese mobiles in 4-3-3, addresses by Vietnamese administrative levels, Vietnamese names in Latin script and in
 * Chinese characters, farm and station heads, Cantonese nicknames, and what is none: haemoglobin Bart's, a Vietnamese
 * place, a village, a port, the Cantonese father.
 */
class VietnamBorderFormsTest {
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

    @Test
    void vietnameseNamesInLatinScript() {
        assertThat(found("丈夫Đặng Văn Khải说明天来，姐姐Vũ Thị Thanh Hương从河内过来", EntityKind.NAME))
                .containsExactly("Đặng Văn Khải", "Vũ Thị Thanh Hương");
        assertThat(found("worker\tcountry\nTRINH THI LAN\tVietnam\nPhan Van Loc\tVietnam\n", EntityKind.NAME))
                .containsExactly("TRINH THI LAN", "Phan Van Loc");
        assertThat(found("Chào chị Huệ, lịch khám của chị là thứ Hai.", EntityKind.NAME)).containsExactly("Huệ");
        assertThat(found("Họ tên: Lâm Quốc Bảo\nBác sĩ: 韦秀清\nNgười nhà: anh Tuấn", EntityKind.NAME))
                .containsExactly("Lâm Quốc Bảo", "韦秀清", "Tuấn");
        // Places, also when they begin with a family name (tỉnh Cao Bằng, Hồ Chí Minh), and facilities are none.
        assertThat(found("Quê: xã Hà Lâm, huyện Cao Lộc, tỉnh Cao Bằng; đã khám ở Bệnh viện Thanh Hà và thành phố Hồ Chí Minh",
                EntityKind.NAME)).isEmpty();
        assertThat(found("【Trạm y tế Pò Mã】kết quả xét nghiệm đã có", EntityKind.NAME)).isEmpty();
    }

    @Test
    void vietnameseWomensNamesInChineseKeepThiAsShi() {
        assertThat(found("梅毒复查：阮氏秋香，越南籍；黎氏兰诉头痛", EntityKind.NAME)).containsExactly("阮氏秋香", "黎氏兰");
        assertThat(found("布氏杆菌病待排，巴氏涂片阴性，练陈氏太极拳", EntityKind.NAME)).isEmpty();
    }

    @Test
    void headsOfFarmsAndStationsCantoneseNicknamesAndWhatIsNone() {
        assertThat(found("蔗场韦场长送来；卢站长复核", EntityKind.NAME)).containsExactly("韦", "卢");
        assertThat(found("值班蒙医生清创", EntityKind.NAME)).containsExactly("蒙");
        assertThat(found("蒙医师：额尔敦", EntityKind.NAME)).doesNotContain("蒙");
        assertThat(found("得闲叫肥仔强过来攞药", EntityKind.NAME)).containsExactly("肥仔强");
        assertThat(found("我系佢老豆，佢饮咗肥仔水", EntityKind.NAME)).isEmpty();
        assertThat(found("[微信群 那坡村家庭医生服务群]", EntityKind.NAME)).isEmpty();
        assertThat(found("【白沙港口岸门诊部】入境健康检查", EntityKind.NAME)).isEmpty();
        assertThat(found("家庭医生签约服务协议\n乙方：零秀英  身份证号：", EntityKind.NAME)).containsExactly("零秀英");
    }
}
