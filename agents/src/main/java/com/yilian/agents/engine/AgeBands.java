package com.yilian.agents.engine;

/** Age bands for the age likelihood; the young bands are narrow because several conditions are paediatric. */
final class AgeBands {

    private static final int[] UPPER = {1, 5, 16, 30, 45, 60, 75};
    static final int COUNT = UPPER.length + 1;

    private AgeBands() {}

    static int of(int age) {
        for (int i = 0; i < UPPER.length; i++) if (age < UPPER[i]) return i;
        return UPPER.length;
    }
}
