package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name that a scanned or typed form spreads out with spaces after its label (姓 名：王 铁 栓, 姓名 陈 耀 祖 年龄 68):
 * single characters one or two spaces apart, the first a surname. The span keeps the spaces, which the name rules,
 * reading words, do not cross.
 */
final class SpacedNameDetector implements Detector {
    private static final Pattern SPACED = Pattern.compile(
            "(?:姓[ \u3000]*名|名[ \u3000]*字)[ \u3000]*[:：]?[ \u3000]*"
                    + "(\\p{IsHan}(?:[ \u3000]{1,2}(?![男女])\\p{IsHan}){1,3})(?!\\p{IsHan})");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SPACED.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll("[ \u3000]", "");
            if (Surnames.at(name, 0) > 0) out.add(new Span(m.start(1), m.end(1), EntityKind.NAME));
        }
        return out;
    }
}
