package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers in HL7 v2 segments pasted into notes or exported from interfaces, by field position: PID-3 (patient
 * identifiers: a record number, or an ID number when its type is an identity card), PID-5 name, PID-7 date of
 * birth, PID-11 address, PID-13/14 phones, PID-19/20 insurance and licence numbers; IN1-2, 3, 36 and 49 insurance
 * numbers; NK1-2 name, NK1-4 address,
 * NK1-5/6 phones; PV1-7/8/9/17 doctors. Components (^) and repetitions (~) are read as the standard defines them.
 */
final class Hl7Detector implements Detector {
    // A segment starts a line, or is glued to the text before it in a paste (…已送达PID|1||…).
    private static final Pattern SEGMENT = Pattern.compile("(?<![A-Za-z0-9])(PID|NK1|PV1|IN1)\\|[^\\n]*");
    private static final Map<String, Map<Integer, EntityKind>> FIELDS = Map.of(
            "PID", Map.of(3, EntityKind.MEDICAL_RECORD, 5, EntityKind.NAME, 7, EntityKind.BIRTH_DATE,
                    11, EntityKind.ADDRESS, 13, EntityKind.PHONE, 14, EntityKind.PHONE, 19, EntityKind.INSURANCE,
                    20, EntityKind.INSURANCE),
            "NK1", Map.of(2, EntityKind.NAME, 4, EntityKind.ADDRESS, 5, EntityKind.PHONE, 6, EntityKind.PHONE),
            "PV1", Map.of(7, EntityKind.NAME, 8, EntityKind.NAME, 9, EntityKind.NAME, 17, EntityKind.NAME),
            // IN1-36 is the policy, IN1-49 the insured's ID; exports often put the member's number in IN1-2 or 3.
            "IN1", Map.of(2, EntityKind.INSURANCE, 3, EntityKind.INSURANCE, 36, EntityKind.INSURANCE, 49, EntityKind.INSURANCE));
    // A plan's or company's code in IN1-2/3 (PICC) is no member's number: that has six digits or more.
    private static final Pattern MEMBER_NUMBER = Pattern.compile(".*\\d{6}.*");
    // Identifier types of an identity document (HL7 table 0203 and the Chinese national profile).
    private static final Pattern ID_TYPES = Pattern.compile("NN\\p{Upper}{3}|NI|PPN|DL|SS|SFZ");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SEGMENT.matcher(text);
        while (m.find()) {
            Map<Integer, EntityKind> fields = FIELDS.get(m.group(1));
            int field = 0, start = m.start();
            for (int i = m.start(); i <= m.end(); i++) {
                if (i < m.end() && text.charAt(i) != '|') continue;
                EntityKind kind = fields.get(field);
                if (kind != null && i > start + 1) addField(text, start + (field == 0 ? 0 : 1), i, kind, out);
                field++;
                start = i;
            }
        }
        return out;
    }

    /** The field [from, to): each repetition's meaningful components. */
    private static void addField(String text, int from, int to, EntityKind kind, List<Span> out) {
        int repetition = from;
        for (int i = from; i <= to; i++) {
            if (i < to && text.charAt(i) != '~') continue;
            String[] parts = text.substring(repetition, i).split("\\^", -1);
            int first = repetition, firstEnd = repetition + parts[0].length();
            if (kind == EntityKind.NAME) {
                // A doctor may be ID^FAMILY^GIVEN, a person FAMILY^GIVEN: the name is the family and given components.
                int family = parts[0].chars().allMatch(Character::isDigit) && parts.length > 1 ? 1 : 0;
                int start = first + (family == 1 ? parts[0].length() + 1 : 0);
                String name = String.join("^", Arrays.copyOfRange(parts, family, Math.min(parts.length, family + 2)))
                        .replaceAll("\\^+$", "");
                if (!name.isEmpty()) out.add(new Span(start, start + name.length(), EntityKind.NAME));
            } else if (!parts[0].isBlank() && (kind != EntityKind.INSURANCE || MEMBER_NUMBER.matcher(parts[0]).matches())) {
                boolean identity = kind == EntityKind.MEDICAL_RECORD && parts.length > 4 && ID_TYPES.matcher(parts[4]).matches();
                out.add(new Span(first, firstEnd, identity ? EntityKind.ID_NUMBER : kind));
            }
            repetition = i + 1;
        }
    }
}
