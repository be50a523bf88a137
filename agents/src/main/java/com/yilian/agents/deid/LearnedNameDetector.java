package com.yilian.agents.deid;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ext.ExtensionLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names found by a maximum-entropy sequence tagger over characters (Apache OpenNLP), trained on labelled
 * synthetic clinical records ({@code NameModelTrainer} in the tests). It catches names the rules have no cue for: at
 * the start of a line, before a comma, after an unusual title. A span is kept when the tagger is at least
 * {@link #MIN_PROBABILITY} sure of it.
 */
final class LearnedNameDetector implements Detector {
    static final String MODEL = "names-zh.bin";
    static final double MIN_PROBABILITY = 0.5;
    private final double minProbability;
    // NameFinderME keeps per-call state; the model itself is immutable and shared between threads.
    private final ThreadLocal<NameFinderME> finder;

    /** The model that ships in the jar. */
    LearnedNameDetector() {
        this(Shipped.MODEL, MIN_PROBABILITY);
    }

    LearnedNameDetector(TokenNameFinderModel model, double minProbability) {
        this.minProbability = minProbability;
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    @Override
    public List<Span> find(String text) {
        if (text.isEmpty()) return List.of();
        String[] chars = new String[text.length()];
        for (int i = 0; i < chars.length; i++) chars[i] = String.valueOf(text.charAt(i));
        NameFinderME tagger = finder.get();
        opennlp.tools.util.Span[] found = tagger.find(chars);
        tagger.clearAdaptiveData();
        List<Span> names = new ArrayList<>();
        for (opennlp.tools.util.Span s : found) {
            if (s.getProb() < minProbability) continue;
            Matcher title = TITLE_END.matcher(text).region(s.getStart(), s.getEnd());
            int end = title.find() ? title.start() : s.getEnd();
            String name = text.substring(s.getStart(), end);
            if (plausible(name) && !EPONYM_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                names.add(new Span(s.getStart(), end, EntityKind.NAME));
            }
        }
        return names;
    }

    /**
     * Only what the rules cannot judge better: Chinese names of two or more characters (a lone surname needs the
     * title after it, which the rules read; Latin script is the English-name rules' part), and not an ordinary word
     * that HanLP's dictionary never reads as a name (暗红), nor a drug or disease it knows (布洛芬): a model that has not seen a clinical term in a
     * name's place would take it for one.
     */
    // An eponymous sign (墨菲征, 巴宾斯基征), an amount in capital numerals (伍仟元整), a question (高吗).
    private static final Pattern NOT_NAMES = Pattern.compile("征$|[仟佰拾元整]|[吗呢吧么]$");
    // The rules read a title after a surname (张先生 → 张); the name itself ends before it.
    private static final Pattern TITLE_END = Pattern.compile("(?:先生|女士|小姐|太太|医生|医师|主任|护士长|护士|大夫|老师|教授|阿姨|师傅)$");
    // The first part of an eponym (吉兰-巴雷综合征, 吉兰·巴雷综合征).
    private static final Pattern EPONYM_AFTER = Pattern.compile("(?:[-·•・‧]\\p{IsHan}{1,6})?(?:综合征|综合症|病|氏|征|试验|反射)");

    static boolean plausible(String name) {
        if (name.length() < 2 || name.codePoints().anyMatch(c -> c < 0x3000 && Character.isLetter(c))) return false;
        if (name.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) return false;
        if (NOT_NAMES.matcher(name).find()) return false;
        return readAsName(CoreDictionary.get(name)) && !medicalTerm(CustomDictionary.get(name));
    }

    private static boolean medicalTerm(CoreDictionary.Attribute entry) {
        return entry != null && Arrays.stream(entry.nature).allMatch(n -> n.toString().startsWith("nh"));
    }

    private static boolean readAsName(CoreDictionary.Attribute entry) {
        return entry == null || Arrays.stream(entry.nature).anyMatch(n -> n.toString().startsWith("nr"));
    }

    // Loaded on first use, once per JVM.
    private static final class Shipped {
        static final TokenNameFinderModel MODEL = load();
    }

    /** OpenNLP instantiates only factories of packages it was told of; the model names {@link DeidNameFinderFactory}. */
    static void allowFactory() {
        ExtensionLoader.registerAllowedPackage(DeidNameFinderFactory.class.getPackageName());
    }

    static TokenNameFinderModel load() {
        allowFactory();
        try (InputStream in = LearnedNameDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("name model " + MODEL + " is missing from the classpath");
            return new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("name model " + MODEL + " cannot be read", e);
        }
    }
}
