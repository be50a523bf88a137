package com.yilian.agents.baseline;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-process Chinese sentence embedding model (BAAI bge-small-zh-v1.5, ONNX, shipped inside its jar): no network,
 * no model endpoint. Loaded once per JVM on first use (about 95 MB, seconds); the question bank's phrases are embedded
 * once and kept, since every interviewer of every tenant reads against the same bank.
 */
public final class ChineseEmbeddings {

    private static final Map<String, float[]> PHRASES = new ConcurrentHashMap<>();
    private static volatile long loadMillis = -1;

    private ChineseEmbeddings() { }

    /** Initialised by the JVM on first access: class initialisation is lazy and thread-safe. */
    private static final class Holder {
        static final EmbeddingModel MODEL = load();

        private static EmbeddingModel load() {
            long t0 = System.nanoTime();
            EmbeddingModel m = new BgeSmallZhV15EmbeddingModel();
            m.embed("预热");   // the ONNX session is created lazily by some runtimes: count it as loading
            loadMillis = (System.nanoTime() - t0) / 1_000_000;
            return m;
        }
    }

    public static EmbeddingModel model() {
        return Holder.MODEL;
    }

    /** Milliseconds the model took to load, or -1 while it has not been loaded in this JVM. */
    public static long loadMillis() {
        return loadMillis;
    }

    /** Unit-length vector of a text that is read once (a patient's clause); not cached. */
    static float[] embed(String text) {
        return unit(model().embed(text).content().vector());
    }

    /** Unit-length vectors of the phrases, computed in one batch for those not seen before and then kept. */
    static List<float[]> phrases(List<String> texts) {
        List<String> missing = texts.stream().distinct().filter(t -> !PHRASES.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            List<Embedding> vs = model().embedAll(missing.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < missing.size(); i++) PHRASES.putIfAbsent(missing.get(i), unit(vs.get(i).vector()));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(PHRASES.get(t));
        return out;
    }

    static double cosine(float[] unitA, float[] unitB) {
        double dot = 0;
        for (int i = 0; i < unitA.length; i++) dot += unitA[i] * unitB[i];
        return dot;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / (n == 0 ? 1 : n));
        return out;
    }
}
