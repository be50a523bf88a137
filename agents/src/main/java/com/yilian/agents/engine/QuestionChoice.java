package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Text;

import java.util.List;

/**
 * The question to ask next.
 *
 * @param evidenceCode    the question's code in the knowledge base
 * @param informationGain expected reduction of the differential's uncertainty, in nats
 * @param separates       the leading candidates whose expected answers differ most
 * @param reason          why this question, for the clinician
 */
public record QuestionChoice(String knowledgeBaseVersion, String evidenceCode, Text question, Text term,
                             double informationGain, List<String> separates, Text reason) {}
