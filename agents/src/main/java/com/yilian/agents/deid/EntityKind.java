package com.yilian.agents.deid;

/** The kinds of identifier the de-identifier replaces; the label is what the placeholder shows the model. */
public enum EntityKind {
    NAME("姓名"),
    ID_NUMBER("身份证号"),
    PHONE("电话"),
    ADDRESS("地址"),
    MEDICAL_RECORD("病历号"),
    INSURANCE("医保号"),
    BANK_CARD("银行卡号"),
    BIRTH_DATE("出生日期");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Placeholder text for the n-th distinct value of this kind, e.g. {@code [姓名1]}. */
    public String placeholder(int n) {
        return "[" + label + n + "]";
    }
}
