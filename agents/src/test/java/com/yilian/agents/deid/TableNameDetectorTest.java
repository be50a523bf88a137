package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableNameDetectorTest {
    private static final TableNameDetector TABLE = new TableNameDetector();

    private static List<String> names(String text) {
        return TABLE.find(text).stream().map(s -> s.in(text)).toList();
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
}
