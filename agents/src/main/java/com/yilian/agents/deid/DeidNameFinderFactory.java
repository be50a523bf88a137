package com.yilian.agents.deid;

import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Gives the name finder {@link NameFeatures} instead of OpenNLP's word-oriented defaults, in training and when the
 * model is loaded (the model names this class; OpenNLP instantiates it, hence public with a no-argument constructor).
 */
public class DeidNameFinderFactory extends TokenNameFinderFactory {
    public DeidNameFinderFactory() {
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new NameFeatures();
    }
}
