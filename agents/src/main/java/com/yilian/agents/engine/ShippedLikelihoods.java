package com.yilian.agents.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The models shipped with the knowledge base, produced by the {@code ddxplus-fit} command documented in the README:
 * counts for the diagnosis and differential models ({@code likelihoods.json}) and the learned differential
 * membership ({@code membership.json}). Without them the engine uses the knowledge base's prior alone.
 *
 * @param patients how many labelled patients were counted
 */
public record ShippedLikelihoods(LikelihoodModel diagnosis, LikelihoodModel differential, MembershipModel membership,
                                 String source, int patients) {

    static final String RESOURCE = "/com/yilian/agents/knowledge/likelihoods.json";
    static final String MEMBERSHIP = "/com/yilian/agents/knowledge/membership.json";

    public static ShippedLikelihoods load(KnowledgeBase kb) {
        try (InputStream in = ShippedLikelihoods.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LikelihoodModel prior = LikelihoodModel.knowledgeOnly(kb);
                return new ShippedLikelihoods(prior, prior, null, "knowledge base only", 0);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            return new ShippedLikelihoods(
                    LikelihoodModel.fit(kb, CaseCounts.fromJson(kb, root.path("diagnosis")), ModelSettings.DEFAULT),
                    LikelihoodModel.fit(kb, CaseCounts.fromJson(kb, root.path("differential")), ModelSettings.DIFFERENTIAL),
                    membership(kb), root.path("source").asText(), root.path("patients").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The learned membership weights, or null when not shipped (plausibility then comes from the counts). */
    private static MembershipModel membership(KnowledgeBase kb) throws IOException {
        try (InputStream in = ShippedLikelihoods.class.getResourceAsStream(MEMBERSHIP)) {
            return in == null ? null : MembershipModel.fromJson(kb, new ObjectMapper().readTree(in));
        }
    }

    /** The file's content for counts of both models. */
    public static ObjectNode toJson(ObjectMapper json, KnowledgeBase kb, CaseCounts diagnosis, CaseCounts differential,
                                    String source, int patients) {
        ObjectNode root = json.createObjectNode();
        root.put("knowledgeBase", kb.version());
        root.put("source", source);
        root.put("patients", patients);
        root.set("diagnosis", diagnosis.toJson(json));
        root.set("differential", differential.toJson(json));
        return root;
    }
}
