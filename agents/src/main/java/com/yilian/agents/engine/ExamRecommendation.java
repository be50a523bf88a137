package com.yilian.agents.engine;

import com.yilian.agents.knowledge.Text;

import java.util.List;

/**
 * One exam of the ladder.
 *
 * @param expectedGain what its result is expected to add to the differential (nats)
 * @param score        expected gain per unit of cost and risk; the ladder's order
 * @param separates    current candidates the exam speaks to
 * @param deferred     invasive or costly, held back until the candidates are few
 * @param why          why this exam now (or why not yet)
 */
public record ExamRecommendation(String examId, Text name, int costTier, String costCny, int invasiveness,
                                 boolean radiation, String turnaround, boolean grassroots, double expectedGain,
                                 double score, List<String> separates, boolean deferred, Text why) {}
