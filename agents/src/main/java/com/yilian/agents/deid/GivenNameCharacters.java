package com.yilian.agents.deid;

import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;

/**
 * How often a character stands in a given name, from HanLP's person-name role dictionary (tags C, D and E, counted
 * over its name corpus). Body parts and symptom characters (臂 踝 腿 膜 惹 吗) practically never do, which keeps
 * 左前臂 or 易激惹 from being read as names when no cue says so.
 */
final class GivenNameCharacters {
    // 诺 (43) and 儿 (148) are name characters; 细 (44) and 早 (31) are borderline; 臂, 踝 and 肘 are 0.
    private static final int LIKELY = 40;

    private GivenNameCharacters() {
    }

    static boolean likely(char c) {
        var item = PersonDictionary.dictionary.get(String.valueOf(c));
        if (item == null) return false;
        return item.getFrequency(NR.C) + item.getFrequency(NR.D) + item.getFrequency(NR.E) >= LIKELY;
    }

    /** {@code c} has stood in a given name at all (朵, 沐): 踝, 肘 and 髋 never have. */
    static boolean possible(char c) {
        var item = PersonDictionary.dictionary.get(String.valueOf(c));
        return item != null && item.getFrequency(NR.C) + item.getFrequency(NR.D) + item.getFrequency(NR.E) > 0;
    }

    /** How many of the next {@code max} characters from {@code g0} are likely given-name characters, in a row. */
    static int likelyRun(String text, int g0, int max) {
        int n = 0;
        while (n < max && likely(text.charAt(g0 + n))) n++;
        return n;
    }
}
