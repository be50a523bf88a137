package com.yilian.agents.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.CaseCounts;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.EngineSettings;
import com.yilian.agents.engine.LikelihoodModel;
import com.yilian.agents.engine.MembershipModel;
import com.yilian.agents.engine.MembershipTrainer;
import com.yilian.agents.engine.ShippedLikelihoods;
import com.yilian.agents.engine.StopReason;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * {@code eval ddxplus}: runs every patient of a DDXPlus-format file as a simulated interview and prints the
 * metrics as one JSON object. {@code eval ddxplus-fit}: counts a file's patients into the likelihood file the jar
 * ships. Called by the hub's command line with the arguments that follow {@code eval}.
 */
public final class DdxplusEvalCli {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DdxplusEvalCli() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** @return 0 on success, 1 when the file cannot be read or holds no usable patient, 2 on a usage error (usage printed to {@code err}) */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        EvalOptions o;
        try {
            o = EvalOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("eval: " + e.getMessage());
            err.println(EvalOptions.USAGE);
            return 2;
        }
        KnowledgeBase kb = KnowledgeBase.load();
        PatientFile.Contents contents;
        try (BufferedReader in = Files.newBufferedReader(o.patients(), StandardCharsets.UTF_8)) {
            contents = new PatientFile(kb).read(in);
        } catch (IOException e) {
            err.println("eval: cannot read " + o.patients() + ": " + e.getMessage());
            return 1;
        }
        contents.problems().forEach(p -> err.println("eval: " + p));
        List<DdxPatient> patients = contents.patients().subList(0, Math.min(o.limit(), contents.patients().size()));
        if (patients.isEmpty()) {
            // Zeros would read as a measured result; say there was nothing to measure instead.
            err.println("eval: no usable patient in " + o.patients() + " (" + contents.problems().size()
                    + " line(s) skipped, see above)");
            return 1;
        }
        try {
            if (o.fit()) return fit(kb, patients, o, out);
            Metrics.Report report = evaluate(kb, patients, o);
            out.println(JSON.writeValueAsString(toJson(kb, report, o, contents.problems().size())));
            return 0;
        } catch (IOException e) {
            err.println("eval: cannot write or read a file: " + e);
            return 1;
        }
    }

    /** Runs the interviews; with {@code --cv K} each fold is run by a model fitted on the other folds only. */
    static Metrics.Report evaluate(KnowledgeBase kb, List<DdxPatient> patients, EvalOptions o) {
        Metrics metrics = new Metrics(o.ddThreshold());
        EngineSettings settings = EngineSettings.DEFAULT.withConfidence(o.confidence()).withStopOnRedFlag(o.stopOnRedFlag())
                .withDifferentialGain(o.differentialGain());
        if (o.folds() == 0) {
            DiagnosticEngine engine;
            if (o.knowledgeOnly()) {
                engine = new DiagnosticEngine(kb, LikelihoodModel.knowledgeOnly(kb), null, settings);
            } else {
                ShippedLikelihoods shipped = ShippedLikelihoods.load(kb);
                engine = new DiagnosticEngine(kb, shipped.diagnosis(), shipped.differential(),
                        o.membership() ? shipped.membership() : null, settings);
            }
            run(engine, patients, o, metrics);
            return metrics.report();
        }
        List<DdxPatient> shuffled = new ArrayList<>(patients);
        Collections.shuffle(shuffled, new Random(o.seed()));
        for (int k = 0; k < o.folds(); k++) {
            List<DdxPatient> test = new ArrayList<>();
            List<DdxPatient> train = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) (i % o.folds() == k ? test : train).add(shuffled.get(i));
            run(fitEngine(kb, train, o, settings), test, o, metrics);
        }
        return metrics.report();
    }

    /** An engine whose every model is fitted on {@code train} only. */
    static DiagnosticEngine fitEngine(KnowledgeBase kb, List<DdxPatient> train, EvalOptions o, EngineSettings settings) {
        LikelihoodModel diagnosis = LikelihoodModel.fit(kb, diagnosisCounts(kb, train), o.model());
        LikelihoodModel differential = LikelihoodModel.fit(kb, differentialCounts(kb, train), o.differentialModel());
        MembershipModel membership = o.membership()
                ? trainMembership(kb, new DiagnosticEngine(kb, diagnosis, differential, settings.withStopOnRedFlag(false)), train, o)
                : null;
        return new DiagnosticEngine(kb, diagnosis, differential, membership, settings);
    }

    /** Learns differential membership from the states the training patients' own interviews end in. */
    static MembershipModel trainMembership(KnowledgeBase kb, DiagnosticEngine engine, List<DdxPatient> train, EvalOptions o) {
        InterviewSimulator sim = new InterviewSimulator(engine, o.maxQuestions());
        List<MembershipTrainer.Example> examples = new ArrayList<>();
        for (DdxPatient p : train) {
            InterviewSimulator.Outcome r = sim.run(p);
            examples.add(new MembershipTrainer.Example(r.state(), r.last().differential(), p.differential().keySet()));
        }
        return MembershipTrainer.train(kb, examples);
    }

    private static void run(DiagnosticEngine engine, List<DdxPatient> patients, EvalOptions o, Metrics metrics) {
        InterviewSimulator sim = new InterviewSimulator(engine, o.maxQuestions());
        for (DdxPatient p : patients) {
            InterviewSimulator.Outcome r = sim.run(p);
            metrics.add(p.diagnosis(), p.differential(), r.last().differential(), r.questions(), r.nanos(),
                    r.stop() == StopReason.RED_FLAG);
        }
    }

    static CaseCounts diagnosisCounts(KnowledgeBase kb, List<DdxPatient> patients) {
        CaseCounts counts = new CaseCounts(kb);
        patients.forEach(p -> counts.add(p.diagnosis(), p.complete()));
        return counts;
    }

    /** Each patient counts for every condition of its ground-truth differential, weighted by its share. */
    static CaseCounts differentialCounts(KnowledgeBase kb, List<DdxPatient> patients) {
        CaseCounts counts = new CaseCounts(kb);
        for (DdxPatient p : patients) {
            double sum = p.differential().values().stream().mapToDouble(Double::doubleValue).sum();
            if (sum <= 0) continue;
            p.differential().forEach((c, w) -> { if (w > 0) counts.add(c, p.complete(), w / sum); });
        }
        return counts;
    }

    private static int fit(KnowledgeBase kb, List<DdxPatient> patients, EvalOptions o, PrintStream out) throws IOException {
        String source = "DDXPlus (CC-BY 4.0, Fansi Tchango et al., NeurIPS 2022): counts over "
                + o.patients().getFileName() + ", " + patients.size() + " patients";
        CaseCounts diagnosis = diagnosisCounts(kb, patients), differential = differentialCounts(kb, patients);
        ObjectNode json = ShippedLikelihoods.toJson(JSON, kb, diagnosis, differential, source, patients.size());
        // Compact: the files are data, regenerated by this command, not edited by hand.
        ObjectMapper compact = new ObjectMapper();
        Files.writeString(o.out(), compact.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
        EngineSettings settings = EngineSettings.DEFAULT.withStopOnRedFlag(false).withDifferentialGain(o.differentialGain());
        DiagnosticEngine engine = new DiagnosticEngine(kb, LikelihoodModel.fit(kb, diagnosis, o.model()),
                LikelihoodModel.fit(kb, differential, o.differentialModel()), settings);
        ObjectNode membership = trainMembership(kb, engine, patients, o).toJson(compact);
        membership.put("source", source + "; logistic regression on the states their interviews ended in (max "
                + o.maxQuestions() + " questions)");
        Files.writeString(membershipFile(o), compact.writeValueAsString(membership) + "\n", StandardCharsets.UTF_8);
        out.println("{\"fitted\": " + patients.size() + ", \"out\": " + JSON.writeValueAsString(o.out().toString())
                + ", \"membership\": " + JSON.writeValueAsString(membershipFile(o).toString()) + "}");
        return 0;
    }

    static Path membershipFile(EvalOptions o) {
        return o.out().resolveSibling("membership.json");
    }

    private static ObjectNode toJson(KnowledgeBase kb, Metrics.Report r, EvalOptions o, int skipped) {
        ObjectNode j = JSON.createObjectNode();
        j.put("n", r.n());
        j.put("skipped", skipped);
        j.put("gtpa1", round(r.gtpa1()));
        j.put("gtpa3", round(r.gtpa3()));
        j.put("ddr", round(r.ddr()));
        j.put("ddp", round(r.ddp()));
        j.put("ddf1", round(r.ddf1()));
        j.put("il", round(r.il()));
        j.put("ms_per_patient", round(r.msPerPatient()));
        j.put("red_flag_stops", r.redFlagStops());
        j.put("max_questions", o.maxQuestions());
        j.put("model", o.folds() > 0 ? o.folds() + "-fold cross-validation (seed " + o.seed() + ")"
                : o.knowledgeOnly() ? "knowledge base only" : "shipped likelihoods");
        j.put("knowledge_base", kb.version());
        if (o.perCondition()) {
            ObjectNode pc = j.putObject("per_condition");
            r.perCondition().forEach((c, v) -> pc.putObject(c).put("n", v[0]).put("gtpa1", round((double) v[1] / v[0])));
        }
        return j;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
