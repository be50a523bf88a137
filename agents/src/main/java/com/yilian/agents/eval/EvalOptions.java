package com.yilian.agents.eval;

import com.yilian.agents.engine.Differential;
import com.yilian.agents.engine.EngineSettings;
import com.yilian.agents.engine.ModelSettings;

import java.nio.file.Path;
import java.util.List;

/** Parsed command line of {@code eval ddxplus} and {@code eval ddxplus-fit}. */
record EvalOptions(boolean fit, Path patients, Path out, int maxQuestions, int folds, long seed, boolean knowledgeOnly,
                   double ddThreshold, double confidence, boolean stopOnRedFlag, boolean perCondition, int limit,
                   ModelSettings model, ModelSettings differentialModel, double differentialGain, boolean membership) {

    static final String USAGE = """
            usage: eval ddxplus --patients FILE [--max-questions N] [--cv K] [--seed S] [--knowledge-only]
                                [--dd-threshold P] [--confidence P] [--stop-on-red-flag] [--per-condition] [--limit N]
                                [--alpha A] [--epsilon E] [--evidence-weight W] [--dd-alpha A] [--dd-weight W]
                                [--dd-gain G] [--no-membership]
                   eval ddxplus-fit --patients FILE --out FILE [--max-questions N]
              --max-questions N   questions per patient after the initial evidence (default 15)
              --cv K              k-fold cross-validation over the file: likelihoods are fitted on the other folds
                                  (default: the likelihoods shipped in the jar)
              --knowledge-only    likelihoods from the knowledge base alone, learned from no patient
              --dd-threshold P    plausibility from which a condition is in the predicted differential
                                  (default 0.4 with the learned membership, 0.025 with --no-membership)
              --dd-gain G         once confident, keep asking while a question sharpens the differential by G nats
                                  (default 0.03; 0 stops as soon as the leader is confident)
              --no-membership     plausibility from the differential counts instead of the learned membership
              --out FILE          (fit) the likelihood counts; membership.json is written beside it
              --confidence P      stop asking once the leading condition reaches P (default 0.99)
              --stop-on-red-flag  stop the interview at the first red flag, as the clinic does
              --per-condition     add top-1 accuracy per condition
              --limit N           only the first N patients""";

    static EvalOptions parse(List<String> args) {
        if (args.isEmpty()) throw new IllegalArgumentException("missing command: ddxplus or ddxplus-fit");
        boolean fit = switch (args.get(0)) {
            case "ddxplus" -> false;
            case "ddxplus-fit" -> true;
            default -> throw new IllegalArgumentException("unknown command '" + args.get(0) + "': expected ddxplus or ddxplus-fit");
        };
        Path patients = null, out = null;
        int maxQ = 15, folds = 0, limit = Integer.MAX_VALUE;
        long seed = 42;
        boolean knowledgeOnly = false, stopOnRedFlag = false, perCondition = false, membership = true;
        double dd = Double.NaN, confidence = 0.99;
        ModelSettings m = ModelSettings.DEFAULT;
        double alpha = m.alpha(), eps = m.epsilon(), weight = m.evidenceWeight();
        ModelSettings dm = ModelSettings.DIFFERENTIAL;
        double ddAlpha = dm.alpha(), ddWeight = dm.evidenceWeight(), ddGain = EngineSettings.DEFAULT.differentialGain();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--knowledge-only" -> knowledgeOnly = true;
                case "--stop-on-red-flag" -> stopOnRedFlag = true;
                case "--per-condition" -> perCondition = true;
                case "--no-membership" -> membership = false;
                default -> {
                    if (i + 1 >= args.size()) throw new IllegalArgumentException(a.startsWith("--") ? a + " needs a value" : "unexpected argument '" + a + "'");
                    String v = args.get(++i);
                    switch (a) {
                        case "--patients" -> patients = Path.of(v);
                        case "--out" -> out = Path.of(v);
                        case "--max-questions" -> maxQ = nonNegative(a, Integer.parseInt(v));
                        case "--cv" -> folds = nonNegative(a, Integer.parseInt(v));
                        case "--seed" -> seed = Long.parseLong(v);
                        case "--limit" -> limit = nonNegative(a, Integer.parseInt(v));
                        case "--dd-threshold" -> dd = Double.parseDouble(v);
                        case "--confidence" -> confidence = Double.parseDouble(v);
                        case "--alpha" -> alpha = Double.parseDouble(v);
                        case "--epsilon" -> eps = Double.parseDouble(v);
                        case "--evidence-weight" -> weight = Double.parseDouble(v);
                        case "--dd-alpha" -> ddAlpha = Double.parseDouble(v);
                        case "--dd-weight" -> ddWeight = Double.parseDouble(v);
                        case "--dd-gain" -> ddGain = Double.parseDouble(v);
                        default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                    }
                }
            }
        }
        if (patients == null) throw new IllegalArgumentException("--patients FILE is required");
        if (fit && out == null) throw new IllegalArgumentException("ddxplus-fit needs --out FILE");
        if (folds == 1) throw new IllegalArgumentException("--cv needs at least 2 folds");
        if (folds > 0 && knowledgeOnly) throw new IllegalArgumentException("--cv and --knowledge-only exclude each other");
        // The learned membership is a probability; the counts' plausibility is a share of a distribution.
        if (Double.isNaN(dd)) dd = membership && !knowledgeOnly ? Differential.PLAUSIBLE : 0.025;
        return new EvalOptions(fit, patients, out, maxQ, folds, seed, knowledgeOnly, dd, confidence, stopOnRedFlag,
                perCondition, limit, new ModelSettings(alpha, eps, weight, true),
                new ModelSettings(ddAlpha, dm.epsilon(), ddWeight, false), ddGain, membership);
    }

    private static int nonNegative(String option, int v) {
        if (v < 0) throw new IllegalArgumentException(option + " must not be negative");
        return v;
    }
}
