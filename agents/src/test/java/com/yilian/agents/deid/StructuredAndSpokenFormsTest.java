package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/** HL7 segments, JSON from interface logs and dictated digits: identifiers the prose rules cannot see. */
class StructuredAndSpokenFormsTest {
    private static final Deidentifier DEID = new Deidentifier();
    private static final String ID = "11010519491231002X";

    @Test
    void hl7FieldsByPosition() {
        String pid = "PID|1||ZY2024001^^^HIS^MR~" + ID + "^^^^NNCHN||MENON^ANITA||19800101|F|||城南街道5号^^^^^CN||13812345678\n"
                + "PV1|1|I|05^12^1||||0231^李^明\nOBX|1|NM|K^血钾||2.9|mmol/L|3.5-5.3|L|||F";
        assertThat(found(pid, EntityKind.MEDICAL_RECORD)).containsExactly("ZY2024001");
        assertThat(found(pid, EntityKind.ID_NUMBER)).containsExactly(ID);
        assertThat(found(pid, EntityKind.NAME)).containsExactly("MENON^ANITA", "李^明");
        assertThat(found(pid, EntityKind.BIRTH_DATE)).containsExactly("19800101");
        assertThat(found(pid, EntityKind.ADDRESS)).containsExactly("城南街道5号");
        // The lab value, its range and the bed (PV1-3) are no identifiers.
        assertThat(DEID.find(pid)).noneMatch(s -> s.in(pid).contains("2.9") || s.in(pid).startsWith("05"));
    }

    @Test
    void jsonValuesByTheirKey() {
        String json = "{\"name\":\"林荫\",\"idNo\":\"" + ID + "\",\"deptName\":\"心内科\",\"doctor\":\"王明\","
                + "\"emergencyTel\":\"13812345678\",\"insuranceNo\":\"G20240101\",\"birthday\":\"1980-01-01\",\"bed\":\"12\"}";
        assertThat(found(json, EntityKind.NAME)).containsExactly("林荫", "王明");
        assertThat(found(json, EntityKind.INSURANCE)).containsExactly("G20240101");
        assertThat(found(json, EntityKind.BIRTH_DATE)).containsExactly("1980-01-01");
        assertThat(DEID.find(json)).noneMatch(s -> s.in(json).equals("心内科") || s.in(json).equals("12"));
    }

    @Test
    void digitsReadOutOneByOne() {
        assertThat(found("家属电话是幺三八 一二三四 五六七八，", EntityKind.PHONE)).containsExactly("幺三八 一二三四 五六七八");
        assertThat(found("身份证一一零一零五一九四九一二三一零零二叉", EntityKind.ID_NUMBER))
                .containsExactly("一一零一零五一九四九一二三一零零二叉");
        assertThat(found("出生年月是零八年一月十八号", EntityKind.BIRTH_DATE)).containsExactly("零八年一月十八号");
        // Eleven numerals that read as no mobile, and spoken amounts, stay.
        assertThat(DEID.find("编号零零零零零零零零零零零；共计一千二百三十四元")).isEmpty();
    }
}
