package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values in interface logs and exports by their key: JSON ("name":"…", "idNo":"…"), XML (<Birth>…</Birth>), log
 * lines (mrn=… dob=…) and YAML (phone: "…"); the key says what the value is, as a label does in prose. A bare card
 * number (card_no) is the visit card; a visit number (visit_no) names a visit, not a person. Keys are read case- and separator-blind (patient_name, patientName);
 * names of departments, drugs and other things (deptName, drugName) are no person's.
 */
final class KeyValueDetector implements Detector {
    // Keys may be Chinese as well ("出生":"19500420", 出生=19360222&…).
    private static final String KEY = "([\\p{IsHan}A-Za-z_][\\p{IsHan}A-Za-z0-9_]{0,40})";
    // The same pairs in the other forms exports and logs take: "key": value (JSON), <Key>value</Key> (XML),
    // key=value (a log line), key: value on a line of its own (YAML). The value is the first group after the key.
    private static final List<Pattern> PAIRS = List.of(
            Pattern.compile("\"" + KEY + "\"\\s*:\\s*(?:\"([^\"\\\\]{1,120})\"|(\\d[\\d -]{5,24}\\d))"),
            Pattern.compile("<" + KEY + ">([^<>]{1,120})</\\1>"),
            // A query string may spell a date with blanks (dob=14 OCT 1985&mrn=…).
            Pattern.compile("(?<![A-Za-z0-9_])" + KEY + "=(?:\"([^\"]{1,120})\"|(\\+?\\d[\\d -]{5,24}\\d)"
                    + "|(\\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}\\.? \\d{4})|([^\\s,;&|\"<>]{1,60}))"),
            // A YAML value has no run of spaces: "DOB: 11 SEP 1933   Hosp No: …" is a form's line of several fields.
            Pattern.compile("(?m)^[ \\t-]*" + KEY + ":[ \\t]+(?:\"([^\"\\n]{1,120})\"|((?:(?![ \\t]{2})[^\\n]){1,120}?))[ \\t]*$"),
            // …and each field of such a line, up to the run of spaces before the next (Name: Pema Tseten   MRN: …).
            Pattern.compile("(?m)(?:^|(?<=[ \\t]{2}|\\t))" + KEY + ":[ \\t]+((?:(?![ \\t]{2}|\\t)[^\\n]){1,60}?)"
                    + "(?=(?:[ \\t]{2,}|\\t)[^\\n:：]{1,20}[:：]|[ \\t]*$)"),
            // A Chinese form's name field before the next field (姓名：岩应光  性别：男); other fields have their labels.
            Pattern.compile("(?m)(?:^|(?<=[ \\t]{2}|\\t))(姓名)：[ \\t]*((?:(?![ \\t]{2}|\\t)[^\\n]){2,20}?)"
                    + "(?=(?:[ \\t]{2,}|\\t)[^\\n:：]{1,20}[:：])"));
    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "dept|department|ward|hospital|org|drug|item|exam|test|disease|diagnos|product|file|user|host|app|device|unit|school|company");
    // Keys that name a person by role: their value must read as a name, not a line of prose (Patient: Ann Lee. Annual…).
    private static final String PERSON_KEYS = "^(?:patient|worker|employee|visitor|child|mother|father|captain|crew|agent|姓名|患者"
            + "|产妇|孕妇|患儿|丈夫|妻子|家属|联系人|监护人|母亲|父亲)$";
    private static final Pattern PERSON_KEY = Pattern.compile(PERSON_KEYS);
    private static final Pattern NAME_ONLY = Pattern.compile("[\\p{L} ,'’/·-]{2,40}");
    private static final List<KeyKind> KEYS = List.of(
            new KeyKind(EntityKind.PHONE, "tel|phone|mobile|cellphone|电话|手机"),
            new KeyKind(EntityKind.ID_NUMBER, "idcard|idno|idnumber|certno|certificateno|sfzh|identityno|nationalid|身份证"),
            new KeyKind(EntityKind.BIRTH_DATE, "birth(?!weight|place|order|length|height)|dob|borndate|^\\p{IsHan}{0,3}出生(?:日期)?$|^\\p{IsHan}{0,3}生日$"),
            new KeyKind(EntityKind.INSURANCE, "(?:insur|policy)(?!.*(?:name|holder|ref))|medicare|ybno|ybkh|member(?:id|no|number)|socialsecurity|sscard|insno|医保|社保|保单|长护险"),
            new KeyKind(EntityKind.BANK_CARD, "bankcard|bankaccount|refundcard|accountno"),
            new KeyKind(EntityKind.MEDICAL_RECORD, "mrn|recordno|medicalrecord|inpatientno|outpatientno|admissionno|^pid$"
                    + "|patientid|caseno|cardno|clinicno|hosp(?:ital)?no|tbreg|zyh|mzh|blh|bah|jzk|hdno|^archive(?:no|id)?$|档案号?$|病案号|住院号|门诊号|病历号"),
            new KeyKind(EntityKind.ADDRESS, "address|addr|residence|^住址$|^地址$|^家庭住址$"),
            new KeyKind(EntityKind.NAME, "name|contact|guardian|doctor|physician|nurse|attending|relative|spouse|signer|"
                    + PERSON_KEYS));

    private record KeyKind(EntityKind kind, Pattern key) {
        KeyKind(EntityKind kind, String key) {
            this(kind, Pattern.compile(key));
        }
    }

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        for (Pattern pair : PAIRS) {
            Matcher m = pair.matcher(text);
            while (m.find()) {
                int group = 2;
                while (m.group(group) == null) group++;
                add(out, m.group(1), m.group(group), m.start(group));
            }
        }
        return out;
    }

    private static void add(List<Span> out, String rawKey, String rawValue, int at) {
        String key = rawKey.replace("_", "").toLowerCase(Locale.ROOT);
        String value = rawValue.strip();
        for (KeyKind k : KEYS) {
            if (!k.key().matcher(key).find()) continue;
            if (plausible(k.kind(), key, value)) {
                int start = at + rawValue.indexOf(value);
                out.add(new Span(start, start + value.length(), k.kind()));
            }
            return;
        }
    }

    private static boolean plausible(EntityKind kind, String key, String value) {
        if (kind == EntityKind.NAME) {
            return !NOT_A_PERSON.matcher(key).find() && value.length() <= 40 && value.codePoints().anyMatch(Character::isLetter)
                    && value.chars().noneMatch(Character::isDigit)
                    && (!PERSON_KEY.matcher(key).matches() || NAME_ONLY.matcher(value).matches());
        }
        if (kind == EntityKind.ADDRESS) return value.length() >= 4;
        // A birth date may be written in Chinese numerals (二〇〇三年十二月四日).
        return value.chars().anyMatch(c -> Character.isDigit(c) || kind == EntityKind.BIRTH_DATE && "〇零一二三四五六七八九".indexOf(c) >= 0);
    }
}
