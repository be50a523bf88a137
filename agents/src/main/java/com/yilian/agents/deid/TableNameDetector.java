package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names in the columns of a table: check-up lists, rosters and registers exported as text, with cells split by |, a
 * tab, a comma or spaces. Under a header cell that names a person (姓名, 患者, 检查人, Name, Patient) every cell of
 * the rows below that have as many cells is a name, whatever the word (段落, 夏至), and the name is then masked
 * wherever else it stands in the record.
 */
final class TableNameDetector implements Detector {
    private static final Pattern PERSON_HEADER = Pattern.compile("(?:\\p{IsHan}{0,4}(?:姓名|名字|签名|签字)|患者|病人|患儿|"
            + "家属|联系人|监护人|家长|\\p{IsHan}{0,3}(?:医生|医师|护士|人|者|员|官|师)|(?i:(?:patient|member|full|family|"
            + "given|first|last)?\\s*(?:name|surname)|patient|member|doctor|physician|nurse|signed\\s*by|contact))");
    // Cells that hold no name: empty, a dash, digits, or a "none".
    private static final Pattern NO_NAME = Pattern.compile("[-—－/／无空略×✓√]*|\\d.*|(?i:n/?a|none)");
    private static final Pattern CHINESE_NAME = Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{2,8}[·•]\\p{IsHan}{2,8}");
    private static final Pattern BAR = Pattern.compile("[|｜]");
    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern COMMA = Pattern.compile(",");
    private static final Pattern WIDE_SPACE = Pattern.compile(" {2,}|\u3000+");
    private static final Pattern SPACE = Pattern.compile("[ \u3000]+");
    private static final Pattern HAN_ONLY = Pattern.compile("[\\p{IsHan} ]+");
    private static final Pattern LATIN_NAME =
            Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:[ ,]\\s?\\p{Lu}[\\p{L}'’.-]*){0,3}");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        List<int[]> lines = lines(text);
        for (int h = 0; h < lines.size(); h++) {
            String header = text.substring(lines.get(h)[0], lines.get(h)[1]);
            Pattern splitter = splitter(header);
            List<int[]> headerCells = cells(header, 0, splitter);
            if (headerCells.size() < 3) continue;
            List<Integer> columns = new ArrayList<>();
            for (int c = 0; c < headerCells.size(); c++) {
                String cell = header.substring(headerCells.get(c)[0], headerCells.get(c)[1]);
                if (PERSON_HEADER.matcher(cell).matches()) columns.add(c);
            }
            if (columns.isEmpty()) continue;
            int r = h + 1;
            for (; r < lines.size(); r++) {
                int from = lines.get(r)[0];
                List<int[]> row = cells(text.substring(from, lines.get(r)[1]), from, splitter);
                if (row.size() != headerCells.size()) break;
                for (int c : columns) {
                    String cell = text.substring(row.get(c)[0], row.get(c)[1]);
                    if (NO_NAME.matcher(cell).matches()) continue;
                    if (CHINESE_NAME.matcher(cell).matches() || LATIN_NAME.matcher(cell).matches()) {
                        out.add(new Span(row.get(c)[0], row.get(c)[1], EntityKind.NAME));
                        found.add(cell);
                    }
                }
            }
            h = r - 1;
        }
        return found.isEmpty() ? out : NamePropagation.everywhere(text, found, out);
    }

    /**
     * The cell separator a header line uses: |, a tab, a comma, two or more spaces or an ideographic space; a single
     * space only between Chinese header cells (学号 姓名 体温), since in English it also joins words (Patient name).
     */
    private static Pattern splitter(String header) {
        if (header.indexOf('|') >= 0 || header.indexOf('｜') >= 0) return BAR;
        if (header.indexOf('\t') >= 0) return TAB;
        if (header.indexOf(',') >= 0 && header.indexOf(' ') < 0) return COMMA;
        if (WIDE_SPACE.matcher(header).find()) return WIDE_SPACE;
        return HAN_ONLY.matcher(header).matches() ? SPACE : BAR;
    }

    /** Trimmed cells of one line as [start, end) offsets, leading and trailing separators dropped. */
    private static List<int[]> cells(String line, int offset, Pattern splitter) {
        List<int[]> out = new ArrayList<>();
        var m = splitter.matcher(line);
        int start = 0;
        while (true) {
            boolean more = m.find();
            int end = more ? m.start() : line.length();
            int s = start, e = end;
            while (s < e && Character.isWhitespace(line.charAt(s)) || s < e && line.charAt(s) == '\u3000') s++;
            while (e > s && (Character.isWhitespace(line.charAt(e - 1)) || line.charAt(e - 1) == '\u3000')) e--;
            boolean edge = (start == 0 || !more) && s == e;
            if (!edge) out.add(new int[] {offset + s, offset + e});
            if (!more) break;
            start = m.end();
        }
        return out;
    }

    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(new int[] {start, i > start && text.charAt(i - 1) == '\r' ? i - 1 : i});
                start = i + 1;
            }
        }
        return out;
    }
}
