package com.yilian.agents.deid;

import java.util.List;

/** A synthetic record and the character spans of its identifiers. */
record LabelledRecord(String text, List<Span> gold) {
}
