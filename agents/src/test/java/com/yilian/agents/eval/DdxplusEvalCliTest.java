package com.yilian.agents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The {@code eval ddxplus} command on small files. */
class DdxplusEvalCliTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    int run(String... args) {
        return DdxplusEvalCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    static Path sharedPatients() {
        String shared = System.getProperty("yilian.shared.dir");
        assumeTrue(shared != null, "yilian.shared.dir not set");
        Path p = Path.of(shared, "data", "ddxplus", "dev_patients.csv");
        assumeTrue(Files.isRegularFile(p), "DDXPlus dev patients not found at " + p);
        return p;
    }

    /** The header and the first {@code n} patient lines of the shared file. */
    Path sample(int n) throws Exception {
        List<String> lines = Files.readAllLines(sharedPatients(), StandardCharsets.UTF_8);
        Path f = dir.resolve("sample.csv");
        Files.write(f, lines.subList(0, n + 1), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void usageErrorsReturnTwoAndPrintUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("ddxplus")).isEqualTo(2);
        assertThat(run("ddxplus", "--patients", "x.csv", "--max-questions", "many")).isEqualTo(2);
        assertThat(run("ddxplus", "--patients", "x.csv", "--bogus", "1")).isEqualTo(2);
        assertThat(run("nosuch", "--patients", "x.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: eval ddxplus --patients FILE");
        assertThat(out.size()).isZero();
    }

    @Test
    void aMissingFileIsAnErrorNotACrash() {
        assertThat(run("ddxplus", "--patients", dir.resolve("none.csv").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read");
    }

    @Test
    void aFileWithNoUsablePatientIsAnErrorNotZeroMetrics() throws Exception {
        Path f = dir.resolve("empty.csv");
        Files.writeString(f, "age,top5_diagnoses,sex,diagnosis,features,feature_id\nbroken line\n", StandardCharsets.UTF_8);
        assertThat(run("ddxplus", "--patients", f.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2:").contains("no usable patient");
        assertThat(out.size()).isZero();
    }

    @Test
    void runsASmallSampleAndPrintsTheMetrics() throws Exception {
        Path f = sample(40);
        assertThat(run("ddxplus", "--patients", f.toString(), "--max-questions", "5", "--per-condition")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.path("n").asInt()).isEqualTo(40);
        for (String k : List.of("gtpa1", "gtpa3", "ddr", "ddp", "ddf1")) assertThat(j.path(k).asDouble()).isBetween(0.0, 1.0);
        assertThat(j.path("gtpa3").asDouble()).isGreaterThanOrEqualTo(j.path("gtpa1").asDouble());
        assertThat(j.path("il").asDouble()).isBetween(0.0, 5.0);
        assertThat(j.path("ms_per_patient").asDouble()).isPositive();
        assertThat(j.path("knowledge_base").asText()).isNotBlank();
        assertThat(j.path("per_condition").size()).isPositive();
    }

    @Test
    void printedMetricsMatchTheInterviewsRecountedIndependently() throws Exception {
        Path f = sample(25);
        assertThat(run("ddxplus", "--patients", f.toString(), "--max-questions", "4")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        // Re-run the same interviews and count top-1 hits, questions and set recall without the Metrics class.
        var kb = com.yilian.agents.knowledge.KnowledgeBase.load();
        var shipped = com.yilian.agents.engine.ShippedLikelihoods.load(kb);
        var engine = new com.yilian.agents.engine.DiagnosticEngine(kb, shipped.diagnosis(), shipped.differential(),
                shipped.membership(), com.yilian.agents.engine.EngineSettings.DEFAULT.withStopOnRedFlag(false));
        var sim = new InterviewSimulator(engine, 4);
        List<DdxPatient> patients;
        try (var in = Files.newBufferedReader(f)) { patients = new PatientFile(kb).read(in).patients(); }
        int top1 = 0, questions = 0;
        double recall = 0;
        for (DdxPatient p : patients) {
            var o = sim.run(p);
            if (o.last().differential().top().conditionId().equals(p.diagnosis())) top1++;
            questions += o.questions();
            var predicted = o.last().differential().plausible(com.yilian.agents.engine.Differential.PLAUSIBLE).stream().map(c -> c.conditionId()).toList();
            recall += p.differential().keySet().stream().filter(predicted::contains).count() / (double) p.differential().size();
        }
        assertThat(j.path("gtpa1").asDouble()).isCloseTo(top1 / 25.0, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(j.path("il").asDouble()).isCloseTo(questions / 25.0, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(j.path("ddr").asDouble()).isCloseTo(recall / 25, org.assertj.core.api.Assertions.within(1e-4));
    }

    @Test
    void crossValidationRunsEveryPatientOnce() throws Exception {
        Path f = sample(60);
        assertThat(run("ddxplus", "--patients", f.toString(), "--cv", "3", "--max-questions", "3")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.path("n").asInt()).isEqualTo(60);
        assertThat(j.path("model").asText()).contains("3-fold");
        assertThat(j.path("il").asDouble()).isLessThanOrEqualTo(3.0);
    }

    @Test
    void zeroQuestionsMeansTheDifferentialFromTheComplaintAlone() throws Exception {
        Path f = sample(10);
        assertThat(run("ddxplus", "--patients", f.toString(), "--max-questions", "0")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.path("il").asDouble()).isZero();
    }

    @Test
    void badLinesAreReportedWithTheirLineNumberAndSkipped() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(sharedPatients(), StandardCharsets.UTF_8).subList(0, 4));
        lines.add(2, "not,a,patient");                                  // line 3: too few fields
        lines.add(lines.get(1).replace("'E_91'", "'E_9999'"));          // line 6: unknown evidence code
        lines.add(lines.get(1).replaceFirst("^\\d+", "old"));           // line 7: age is not a number
        Path f = dir.resolve("bad.csv");
        Files.write(f, lines, StandardCharsets.UTF_8);
        assertThat(run("ddxplus", "--patients", f.toString(), "--max-questions", "2")).isZero();
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e).contains("line 3:").contains("line 6:").contains("E_9999").contains("line 7:").contains("(skipped)");
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.path("n").asInt()).isEqualTo(3);
        assertThat(j.path("skipped").asInt()).isEqualTo(3);
    }

    @Test
    void fitWritesCountsTheEngineCanLoad() throws Exception {
        Path f = sample(30), counts = dir.resolve("likelihoods.json");
        assertThat(run("ddxplus-fit", "--patients", f.toString(), "--out", counts.toString())).isZero();
        JsonNode j = new ObjectMapper().readTree(counts.toFile());
        assertThat(j.path("patients").asInt()).isEqualTo(30);
        assertThat(j.path("diagnosis").path("total").asDouble()).isEqualTo(30.0);
        assertThat(j.path("differential").path("total").asDouble()).isCloseTo(30.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(j.path("source").asText()).contains("DDXPlus");
        JsonNode m = new ObjectMapper().readTree(dir.resolve("membership.json").toFile());
        assertThat(m.path("conditions").size()).isEqualTo(49);
        assertThat(m.path("weights").path("bias").size()).isEqualTo(49);
    }
}
