package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name that a scanned or typed form spreads out with spaces after its label (姓 名：王 铁 栓, 姓名 陈 耀 祖 年龄 68,
 * 患者杨 秀禾, 申请人 陈 炳灿, 持证人 张　阿　土): the surname, then its given name as single characters one or two spaces apart or as one word after
 * a space (滑 安琪, 太史 亮). The span keeps the spaces, which the name rules, reading words, do not cross.
 */
final class SpacedNameDetector implements Detector {
    private static final String GAP = "[ \u3000]{1,2}";
    private static final Pattern SPACED = Pattern.compile(
            "(?:姓[ \u3000]*名|名[ \u3000]*字|患者|病人|患儿|申请人|持证人|被评估人|监护人|联系人|家属|母亲|父亲|儿童|伤员|乙方|甲方|船长|登记)"
                    + "[ \u3000]*[:：]?[ \u3000]*"
                    // A scan may also break the name once at a line end (伤员 陈⏎子墨 船长).
                    + "(\\p{IsHan}{1,2}(?:(?:" + GAP + "(?![男女])\\p{IsHan}){1,3}|" + GAP + "(?![男女])\\p{IsHan}{2}"
                    + "|\\n\\p{IsHan}{1,2}(?=[ \u3000\\n]|$)))"
                    + "(?![\\p{IsHan}\\w])");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SPACED.matcher(text);
        while (m.find()) {
            String spaced = m.group(1);
            // The first group is the surname or part of it (杨 秀禾, 太史 亮, 宇  文  韬), not a word run into the label.
            int firstGroup = 0;
            while (NameContext.isHan(spaced.charAt(firstGroup))) firstGroup++;
            if (firstGroup <= Surnames.at(spaced.replaceAll("[ \u3000]", ""), 0)) {
                out.add(new Span(m.start(1), m.end(1), EntityKind.NAME));
            }
        }
        return out;
    }
}
