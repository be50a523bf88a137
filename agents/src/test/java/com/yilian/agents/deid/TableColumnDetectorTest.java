package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableColumnDetectorTest {
    private static final TableColumnDetector TABLE = new TableColumnDetector();

    private static List<String> names(String text) {
        return found(text, EntityKind.NAME);
    }

    private static List<String> found(String text, EntityKind kind) {
        return TABLE.find(text).stream().filter(s -> s.kind() == kind).map(s -> s.in(text)).toList();
    }

    @Test
    void cellsUnderAPersonHeaderAreNamesWhateverTheWordAndRecurElsewhere() {
        String text = "体检名单\n序号|姓名|性别|套餐\n1|林荫|女|A套餐\n2|于是|男|B套餐\n备注：于是需空腹。";
        assertThat(names(text)).containsExactlyInAnyOrder("林荫", "于是", "于是");
    }

    @Test
    void tabsCommasWideAndChineseSingleSpacesSplitCells() {
        assertThat(names("床号\t患者\t诊断\n3\t夏至\t肺炎\n5\t宋词\t心衰")).containsExactly("夏至", "宋词");
        assertThat(names("ID,Name,Ward\n17,Morag Lindqvist,B2")).containsExactly("Morag Lindqvist");
        assertThat(names("Patient name   Ward   Bed\nTadhg Brennan   ICU   4")).containsExactly("Tadhg Brennan");
        assertThat(names("学号 姓名 体温 处理\n07 童话 36.8℃ —\n08 — 36.5℃ —")).containsExactly("童话");
    }

    @Test
    void noPersonColumnRaggedRowsAndEmptyCellsGiveNothing() {
        assertThat(names("项目|结果|参考范围\n血红蛋白|120|115-150")).isEmpty();
        assertThat(names("药品名称|规格|用法\n阿莫西林|0.25g|tid")).isEmpty();
        // A row with another number of cells is no longer the table (the note under it).
        assertThat(names("序号|姓名|性别\n1|林荫|女\n以上人员请于8点前到达|体检中心")).containsExactly("林荫");
        assertThat(names("序号|姓名|性别\n1|无|女\n2|3号|男")).isEmpty();
        // English words split by single spaces are no table (Patient name Ward).
        assertThat(names("Patient name Ward Bed\nTadhg Brennan ICU 4")).isEmpty();
    }

    @Test
    void theHeaderSaysWhichKindAColumnHolds() {
        String rota = "机号 | 患者 | 透析号 | 班次 | 联系电话\n03 | 林荫 | XT204513 | 一三五上午 | 139 0011 2233\n"
                + "07 | 夏至 | 88120117 | 二四六下午 | —";
        assertThat(found(rota, EntityKind.MEDICAL_RECORD)).containsExactly("XT204513", "88120117");
        assertThat(found(rota, EntityKind.PHONE)).containsExactly("139 0011 2233");
        // The machine number is no identifier, and neither is the shift.
        assertThat(TABLE.find(rota)).hasSize(5);
        String list = "序号 姓名 性别 出生日期 住址\n1 宋词 男 一九五六年三月七日 城南街道12号\n2 孟夏 女 1961/4/18 —";
        assertThat(found(list, EntityKind.BIRTH_DATE)).containsExactly("一九五六年三月七日", "1961/4/18");
        assertThat(found(list, EntityKind.ADDRESS)).containsExactly("城南街道12号");
        String export = "patient_name,gender,birth_date,id_card,mobile\n张伟,男,1980-01-02,11010519491231002X,13812345678";
        assertThat(found(export, EntityKind.NAME)).containsExactly("张伟");
        assertThat(found(export, EntityKind.ID_NUMBER)).containsExactly("11010519491231002X");
        assertThat(found(export, EntityKind.BIRTH_DATE)).containsExactly("1980-01-02");
        // A cell that has not the form of its column's kind stays (a phone column holding a note).
        assertThat(found("姓名|电话|备注\n林荫|见病历|复诊", EntityKind.PHONE)).isEmpty();
    }

    @Test
    void aSingleSpaceRowWhoseCellsHoldSpacesIsRegroupedUnderItsHeader() {
        String roster = "序号 姓名 出生日期 联系电话 病种\n1 宋词 10 Apr 1960 17174526621 高血压\n"
                + "2 孟夏 1988-10-27 152 6728 0316 糖尿病\n3 夏至 1954/3/14 13190760961 糖尿病";
        assertThat(found(roster, EntityKind.BIRTH_DATE)).containsExactly("10 Apr 1960", "1988-10-27", "1954/3/14");
        assertThat(found(roster, EntityKind.PHONE)).containsExactly("17174526621", "152 6728 0316", "13190760961");
        assertThat(names(roster)).containsExactly("宋词", "孟夏", "夏至");
        // No grouping gives the typed columns their forms: the row is read word by word and ends the table.
        assertThat(found("序号 姓名 出生日期 病种\n1 宋词 不 详 高血压", EntityKind.BIRTH_DATE)).isEmpty();
    }
}
