package com.yilian.hub.clinic;

import org.springframework.http.HttpStatus;

/** A refusal of the clinic API, with its reason in Chinese and English and, for a bad body, the field at fault. */
public class ClinicProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String zh;
    private final String en;
    private final String field;

    public ClinicProblem(HttpStatus status, String code, String zh, String en, String field) {
        super(en);
        this.status = status;
        this.code = code;
        this.zh = zh;
        this.en = en;
        this.field = field;
    }

    /** Also for another hospital's encounter: whether it exists is not revealed. */
    public static ClinicProblem unknownEncounter(String id) {
        return new ClinicProblem(HttpStatus.NOT_FOUND, "unknown_encounter", "找不到接诊 " + id + "（本院没有这个接诊编号）",
                "No encounter " + id + " in your hospital", null);
    }

    public static ClinicProblem badField(String field, String zh, String en) {
        return new ClinicProblem(HttpStatus.BAD_REQUEST, "invalid_field", "字段 " + field + "：" + zh,
                "field " + field + ": " + en, field);
    }

    public static ClinicProblem conflict(String code, String zh, String en) {
        return new ClinicProblem(HttpStatus.CONFLICT, code, zh, en, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public String field() {
        return field;
    }
}
