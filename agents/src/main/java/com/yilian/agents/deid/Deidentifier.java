package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces personal identifiers in Chinese or English clinical text with numbered placeholders ([姓名1], [电话1]…),
 * the same original always getting the same placeholder within one record. Clinical content (drugs, diagnoses,
 * doses, lab values, visit dates, ages, hospital and department names) is left alone. Runs offline: HanLP's
 * dictionaries ship in its jar. One instance is safe to share between threads.
 */
public final class Deidentifier {
    // When spans overlap, the more specific evidence wins: check digits and labels before context rules.
    private static final List<EntityKind> PRIORITY = List.of(EntityKind.ID_NUMBER, EntityKind.BANK_CARD,
            EntityKind.MEDICAL_RECORD, EntityKind.INSURANCE, EntityKind.BIRTH_DATE, EntityKind.PHONE,
            EntityKind.ADDRESS, EntityKind.NAME);

    private final List<Detector> detectors;

    public Deidentifier() {
        this(withRules(new LearnedNameDetector()));
    }

    Deidentifier(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** The rule-based detectors, plus {@code more}. */
    static List<Detector> withRules(Detector... more) {
        List<Detector> all = new ArrayList<>(List.of(new NumberDetector(), new LabelledIdDetector(),
                new AddressDetector(), new AbroadAddressDetector(), new EnglishNameDetector(), new EnglishNameFormsDetector(), new PinyinNameDetector(),
                new TransliteratedNameDetector(), new MinorityNameDetector(), new ChineseNameDetector(),
                new TableColumnDetector(), new AddressTermDetector(), new SpokenNumberDetector(),
                new KeyValueDetector(), new Hl7Detector(), new SpacedNameDetector(),
                new HongKongTaiwanNumberDetector(), new MalaysiaIndonesiaIdDetector(), new ForeignNumberDetector(),
                new SignOffNameDetector(),
                new NicknameDetector(), new JapaneseNameDetector(), new HangulNameDetector(),
                new MongolianScriptNameDetector(), new CyrillicNameDetector(), new VietnameseNameDetector(),
                new ArabicScriptNameDetector(), new TibetanNameDetector(), new StandaloneScriptNameDetector(),
                new YunnanBorderNameDetector(), new RomanisedAsianNameDetector(), new MacauNameDetector(), new HongKongNameDetector(),
                new MarriedWomanNameDetector(),
                new ChatSpeakerDetector()));
        all.addAll(List.of(more));
        return all;
    }

    /** The identifiers in {@code text}, non-overlapping, in text order. */
    public List<Span> find(String original) {
        String text = CharFolding.fold(original);
        List<Span> all = new ArrayList<>();
        for (Detector d : detectors) all.addAll(ClinicalTerms.withoutTerms(text, d.find(text)));
        // Whichever detector read a place abroad as a name, once over all of them.
        all = labelBeatsLuhn(text, WorldPlaces.without(text, all));
        all.sort(Comparator.<Span>comparingInt(s -> PRIORITY.indexOf(s.kind()))
                .thenComparing(Comparator.comparingInt(Span::length).reversed())
                .thenComparingInt(Span::start));
        List<Span> kept = new ArrayList<>();
        for (Span s : all) if (kept.stream().noneMatch(s::overlaps)) kept.add(s);
        // What needs the record's names: who opens a row before an identifier, every other place they stand, their
        // short forms, then what a list writes beside them.
        kept = NameBesideIdentifier.add(text, kept);
        List<Span> named = NamePropagation.everywhere(text, confirmedNames(text, kept), kept);
        List<Span> found = IdentifiersBesideName.add(text, NameLists.add(text, NameForms.add(text, named)));
        found.sort(Comparator.comparingInt(Span::start));
        return found;
    }

    // One number in ten passes the Luhn check by chance: where a label or a field (PID-3, 档案号) says the same digits
    // are a record or an insurance number, the label is the better evidence, unless the number opens as cards do
    // (UnionPay 62, Visa 4, Mastercard, Amex, JCB): an export's ambiguous card_no holds a bank card then.
    private static final Pattern CARD_ISSUER = Pattern.compile("62|4|5[1-5]|2[2-7]|3[47]|35(?:2[89]|[3-8])");

    private static List<Span> labelBeatsLuhn(String text, List<Span> all) {
        return all.stream().filter(s -> s.kind() != EntityKind.BANK_CARD || CARD_ISSUER.matcher(s.in(text)).lookingAt()
                || all.stream().noneMatch(o -> (o.kind() == EntityKind.MEDICAL_RECORD || o.kind() == EntityKind.INSURANCE)
                        && o.start() == s.start() && o.end() == s.end())).collect(Collectors.toList());
    }

    // A name one detector found in one place is the same person where another place gave no cue (报告暴海泉). Only
    // names of two characters or more: a lone surname (老|张) is a form of address, not a name to look for.
    private static List<String> confirmedNames(String text, List<Span> kept) {
        List<String> names = kept.stream().filter(s -> s.kind() == EntityKind.NAME && s.length() >= 2).map(s -> s.in(text))
                .filter(n -> n.codePoints().anyMatch(Character::isIdeographic) || n.length() >= 3).distinct().toList();
        return NamePropagation.withLatinParts(names);
    }

    /** De-identifies one record; numbering starts at 1 for each kind. */
    public DeidentifiedText deidentify(String text) {
        Map<EntityKind, Map<String, String>> byKind = new EnumMap<>(EntityKind.class);
        Map<String, String> mapping = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Span s : find(text)) {
            String original = s.in(text);
            Map<String, String> seen = byKind.computeIfAbsent(s.kind(), k -> new HashMap<>());
            String placeholder = seen.computeIfAbsent(original, o -> s.kind().placeholder(seen.size() + 1));
            mapping.putIfAbsent(placeholder, original);
            out.append(text, pos, s.start()).append(placeholder);
            pos = s.end();
        }
        return new DeidentifiedText(out.append(text.substring(pos)).toString(), mapping);
    }
}
