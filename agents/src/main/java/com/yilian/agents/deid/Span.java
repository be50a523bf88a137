package com.yilian.agents.deid;

/** One identifier found in a text: [start, end) in UTF-16 chars. */
public record Span(int start, int end, EntityKind kind) {
    public Span {
        if (start < 0 || end <= start) throw new IllegalArgumentException("empty span " + start + ".." + end);
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public int length() {
        return end - start;
    }

    public String in(String text) {
        return text.substring(start, end);
    }
}
