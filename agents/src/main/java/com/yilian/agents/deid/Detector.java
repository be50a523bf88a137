package com.yilian.agents.deid;

import java.util.List;

/** Finds candidate identifiers of some kinds; overlaps between detectors are settled by {@link Deidentifier}. */
interface Detector {
    List<Span> find(String text);
}
