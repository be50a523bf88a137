package com.yilian.agents.eval;

import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.engine.Sex;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads patients in the format of DDXPlus {@code dev_patients.csv}. A malformed line, or one naming an unknown
 * condition, evidence or value, is reported with its line number and skipped.
 */
public final class PatientFile {

    static final List<String> COLUMNS = List.of("age", "sex", "diagnosis", "top5_diagnoses", "features", "feature_id");

    /** Patients read, and one message per skipped line. */
    public record Contents(List<DdxPatient> patients, List<String> problems) {}

    private final KnowledgeBase kb;

    public PatientFile(KnowledgeBase kb) {
        this.kb = kb;
    }

    public Contents read(BufferedReader in) throws IOException {
        List<DdxPatient> patients = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String header = in.readLine();
        if (header == null) throw new IOException("empty file: expected a header with " + COLUMNS);
        Map<String, Integer> col = new HashMap<>();
        List<String> names = Csv.split(header.replace("\uFEFF", ""));
        for (int i = 0; i < names.size(); i++) col.put(names.get(i).trim(), i);
        for (String c : COLUMNS) if (!col.containsKey(c)) throw new IOException("header lacks column '" + c + "': " + header);
        int lineNo = 1;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) continue;
            try {
                patients.add(parse(lineNo, Csv.split(line), col));
            } catch (RuntimeException e) {
                problems.add("line " + lineNo + ": " + e.getMessage() + " (skipped)");
            }
        }
        return new Contents(List.copyOf(patients), List.copyOf(problems));
    }

    private DdxPatient parse(int lineNo, List<String> f, Map<String, Integer> col) {
        if (f.size() < col.size()) throw new IllegalArgumentException("expected " + col.size() + " fields, found " + f.size());
        int age = (int) Math.round(Double.parseDouble(f.get(col.get("age")).trim()));
        Sex sex = Sex.parse(f.get(col.get("sex")));
        String diagnosis = f.get(col.get("diagnosis")).trim();
        if (!kb.hasCondition(diagnosis)) throw new IllegalArgumentException("unknown condition '" + diagnosis + "'");
        Map<String, Double> differential = differential(f.get(col.get("top5_diagnoses")));
        String initial = f.get(col.get("feature_id")).trim();
        Map<String, Set<String>> grouped = new LinkedHashMap<>();
        for (Object token : PythonLiterals.tokens(f.get(col.get("features")))) {
            String feature = String.valueOf(token);
            int at = feature.indexOf("_@_");
            String code = at < 0 ? feature : feature.substring(0, at);
            if (!kb.hasEvidence(code)) throw new IllegalArgumentException("unknown evidence code '" + code + "'");
            Set<String> values = grouped.computeIfAbsent(code, k -> new LinkedHashSet<>());
            if (at >= 0) values.add(feature.substring(at + 3));
        }
        if (!kb.hasEvidence(initial)) throw new IllegalArgumentException("unknown initial evidence '" + initial + "'");
        if (kb.evidence(initial).type() != EvidenceType.BINARY || !grouped.containsKey(initial))
            throw new IllegalArgumentException("initial evidence '" + initial + "' is not a yes/no evidence of the patient");
        Map<String, Answer> answers = new LinkedHashMap<>();
        grouped.forEach((code, values) -> answers.put(code, answer(kb.evidence(code), values)));
        PatientState complete = new PatientState(age, sex, initial, answers);
        return new DdxPatient(lineNo, age, sex.name(), diagnosis, differential, initial, complete);
    }

    private static Answer answer(Evidence e, Set<String> values) {
        if (e.type() == EvidenceType.BINARY) {
            if (!values.isEmpty()) throw new IllegalArgumentException("yes/no evidence " + e.code() + " given a value");
            return Answer.YES;
        }
        if (values.isEmpty()) throw new IllegalArgumentException("evidence " + e.code() + " needs a value");
        for (String v : values)
            if (!e.values().contains(v)) throw new IllegalArgumentException("unknown value '" + v + "' of evidence " + e.code());
        if (e.type() == EvidenceType.CATEGORICAL && values.size() > 1)
            throw new IllegalArgumentException("categorical evidence " + e.code() + " given several values");
        return Answer.values(values, e.defaultValue());
    }

    private Map<String, Double> differential(String literal) {
        List<Object> tokens = PythonLiterals.tokens(literal);
        if (tokens.size() % 2 != 0) throw new IllegalArgumentException("differential is not a list of [condition, probability] pairs");
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i += 2) {
            if (!(tokens.get(i) instanceof String name) || !(tokens.get(i + 1) instanceof Double p))
                throw new IllegalArgumentException("differential is not a list of [condition, probability] pairs");
            if (!kb.hasCondition(name)) throw new IllegalArgumentException("unknown condition '" + name + "' in the differential");
            out.put(name, p);
        }
        return out;
    }
}
