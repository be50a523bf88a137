package com.yilian.agents.deid;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ext.ExtensionLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Person names found by a perceptron sequence tagger over characters (Apache OpenNLP), trained on labelled
 * synthetic clinical records ({@code NameModelTrainer} in the tests). It catches names the rules have no cue for: at
 * the start of a line, before a comma, after an unusual title. A span is kept when the tagger is at least
 * {@link #MIN_PROBABILITY} sure of it and {@link LearnedNameFilter} finds it plausible.
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
            int end = s.getProb() < minProbability ? -1 : LearnedNameFilter.nameEnd(text, s.getStart(), s.getEnd());
            if (end > s.getStart()) names.add(new Span(s.getStart(), end, EntityKind.NAME));
        }
        return names;
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
