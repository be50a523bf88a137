package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values in JSON from interface logs and exports ("name":"…", "emergencyTel":"…", "idNo":"…"): the key says what
 * the value is, as a label does in prose. Keys are read case- and separator-blind (patient_name, patientName);
 * names of departments, drugs and other things (deptName, drugName) are no person's.
 */
final class KeyValueDetector implements Detector {
    private static final Pattern PAIR = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]{0,40})\"\\s*:\\s*(?:\"([^\"\\\\]{1,120})\"|(\\d[\\d -]{5,24}\\d))");
    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "dept|department|ward|hospital|org|drug|item|exam|test|disease|diagnos|product|file|user|host|app|device|unit|school|company");
    private static final List<KeyKind> KEYS = List.of(
            new KeyKind(EntityKind.PHONE, "tel|phone|mobile|cellphone"),
            new KeyKind(EntityKind.ID_NUMBER, "idcard|idno|idnumber|certno|certificateno|sfzh|identityno|nationalid"),
            new KeyKind(EntityKind.BIRTH_DATE, "birthday|birthdate|dateofbirth|dob|borndate"),
            new KeyKind(EntityKind.INSURANCE, "insurance|medicare|medicalinsur|ybno|ybkh|memberid|socialsecurity|sscard"),
            new KeyKind(EntityKind.BANK_CARD, "bankcard|bankaccount|refundcard|cardno|accountno"),
            new KeyKind(EntityKind.MEDICAL_RECORD, "mrn|recordno|medicalrecord|inpatientno|outpatientno|admissionno"
                    + "|patientid|visitno|caseno|zyh|mzh|blh"),
            new KeyKind(EntityKind.ADDRESS, "address|addr|residence"),
            new KeyKind(EntityKind.NAME, "name|contact|guardian|doctor|physician|nurse|attending|relative|spouse|signer"));

    private record KeyKind(EntityKind kind, Pattern key) {
        KeyKind(EntityKind kind, String key) {
            this(kind, Pattern.compile(key));
        }
    }

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            String key = m.group(1).replace("_", "").toLowerCase(Locale.ROOT);
            int group = m.group(2) != null ? 2 : 3;
            String value = m.group(group).strip();
            for (KeyKind k : KEYS) {
                if (!k.key().matcher(key).find()) continue;
                if (plausible(k.kind(), key, value)) {
                    int start = m.start(group) + m.group(group).indexOf(value);
                    out.add(new Span(start, start + value.length(), k.kind()));
                }
                break;
            }
        }
        return out;
    }

    private static boolean plausible(EntityKind kind, String key, String value) {
        if (kind == EntityKind.NAME) {
            return !NOT_A_PERSON.matcher(key).find() && value.length() <= 40 && value.codePoints().anyMatch(Character::isLetter)
                    && value.chars().noneMatch(Character::isDigit);
        }
        if (kind == EntityKind.ADDRESS) return value.length() >= 4;
        return value.chars().anyMatch(Character::isDigit);
    }
}
