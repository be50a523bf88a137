package com.yilian.agents.deid;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The kinds of document the later blind groups promise, each known by how its templates open or a mark they carry. */
enum TemplateGenre {
    MULTI_LINE("multi-line documents", t -> t.contains("\n") && t.indexOf('\n') < t.length() - 1),
    JSON("JSON exports", t -> t.startsWith("{\"")),
    HL7("HL7-like segments", t -> t.contains("PID|")),
    OCR("OCR'd forms", t -> t.startsWith("[OCR]")),
    VOICE("voice notes", t -> t.startsWith("[语音")),
    WECHAT("WeChat messages", t -> t.startsWith("[微信")),
    SMS("SMS", t -> t.startsWith("【")),
    EMAIL("e-mails", t -> t.contains("主题：") || t.contains("Subject:")),
    TABLES("tables: markdown, tab-separated and CSV",
            t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*"));

    private final String description;
    private final Predicate<String> written;

    TemplateGenre(String description, Predicate<String> written) {
        this.description = description;
        this.written = written;
    }

    /** Each genre of {@code minimums} is written by at least that many of {@code templates}. */
    static void checkAtLeast(List<String> templates, Map<TemplateGenre, Integer> minimums) {
        for (TemplateGenre g : values()) {
            if (!minimums.containsKey(g)) continue;
            assertThat(templates.stream().filter(g.written).count()).as(g.description)
                    .isGreaterThanOrEqualTo(minimums.get(g));
        }
    }
}
