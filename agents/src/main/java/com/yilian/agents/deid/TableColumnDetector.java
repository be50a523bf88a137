package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identifiers in the columns of a table: check-up lists, dialysis rotas, registers and research exports as text, with
 * cells split by |, a tab, a comma, a semicolon or spaces. The header says what a column holds (姓名, 患者, 检查人, Name; 透析号,
 * 住院号; 出生日期, DOB; 联系电话; 身份证号; 住址), so a cell below it that has the form of that kind is one, whatever
 * word it also is (段落, 夏至) and without a label beside it. A name found so is masked wherever else it stands.
 */
final class TableColumnDetector implements Detector {
    private static final String PERSON_HEADER = "(?:\\p{IsHan}{0,4}(?:姓名|名字|签名|签字)|患者|病人|患儿|"
            + "家属|联系人|监护人|家长|司机|[一二三]线|总值班|\\p{IsHan}{0,3}(?:医生|医师|护士|人|者|员|官|师)|(?i:(?:patient|member|full|family|"
            + "given|first|last)?\\s*(?:name|surname)(?:\\s*(?:kanji|romaji|cn|en|zh|pinyin))?|patient|member|doctor|physician|nurse|"
            + "signed\\s*by|contact))";
    // Header and cell of each other kind, most specific first (联系人电话 is a phone column, not a person's).
    private static final List<Column> COLUMNS = List.of(
            new Column(EntityKind.PHONE, "\\p{IsHan}{0,4}(?:电话|手机|手机号|联系方式)|(?i:phone|tel|mobile)\\.?",
                    // (+976) 9821-8395 opens with its country code in brackets.
                    "\\(?\\+?[\\d(][\\d\\s()-]{5,17}\\d"),
            new Column(EntityKind.ID_NUMBER, "(?:身份证|证件)(?:号|号码)?|(?i:id ?(?:card|no|number))",
                    "\\d{6}[ -]?\\d{8}[ -]?\\d{3}[\\dXx]|\\d{15}"),
            // Whose birth it is may come first (女方出生日期, 患儿出生日期).
            new Column(EntityKind.BIRTH_DATE, "\\p{IsHan}{0,3}" + LabelledIdDetector.DOB_LABEL + "|birth",
                    LabelledIdDetector.DATE_VALUE),
            // A patient table's bare ID column holds the record number (ID | Name | DOB); an identity number there is
            // taken by its check digit first.
            new Column(EntityKind.MEDICAL_RECORD, LabelledIdDetector.RECORD_LABEL + "|patient id|hd no|id|(?:透析|住院|病案)号",
                    LabelledIdDetector.RECORD_VALUE),
            // A scheme's name alone heads its numbers (工伤保险, 新农合); a type column holds words, not numbers.
            new Column(EntityKind.INSURANCE, "\\p{IsHan}{0,2}(?:医保|社保|医疗保险|长护险|工伤保险|新农合|参保|保险)(?:卡|证)?(?:号|编号|号码)?"
                    + "|(?:medical )?insurance(?: no\\.?| number| id)?|policy(?: no\\.?| number)?|member (?:no\\.?|number)",
                    LabelledIdDetector.INSURANCE_VALUE),
            // An address abroad holds blanks and commas (Улаанбаатар хот, Сүхбаатар дүүрэг, 21-р хороо).
            new Column(EntityKind.ADDRESS, "\\p{IsHan}{0,4}(?:住址|地址)|(?i:(?:home )?address)",
                    "[\\p{IsHan}\\w（）()#-]{4,60}|[\\p{L}\\d][\\p{L}\\d#.,/ -]{6,100}"),
            new Column(EntityKind.NAME, PERSON_HEADER, "\\p{IsHan}{2,4}|\\p{IsHan}{2,8}[·•・]\\p{IsHan}{2,8}"
                    + "|\\p{Lu}[\\p{L}'’.-]*(?:[ ,]\\s?\\p{Lu}[\\p{L}'’.-]*){0,3}"));

    private record Column(EntityKind kind, Pattern header, Pattern value) {
        Column(EntityKind kind, String header, String value) {
            // Exports write their keys in any case (dob, MRN, Phone).
            this(kind, Pattern.compile(header, Pattern.CASE_INSENSITIVE), Pattern.compile(value));
        }
    }

    // Cells that hold nothing: empty, a dash, a "none".
    private static final Pattern EMPTY = Pattern.compile("[-—－/／无空略×✓√]*|(?i:n/?a|none)");
    private static final Pattern BAR = Pattern.compile("[|｜]");
    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern COMMA = Pattern.compile(",");
    private static final Pattern SEMICOLON = Pattern.compile(";");
    private static final Pattern WIDE_SPACE = Pattern.compile(" {2,}|\u3000+");
    private static final Pattern SPACE = Pattern.compile("[ \u3000]+");
    private static final Pattern HAN_ONLY = Pattern.compile("[\\p{IsHan} ]+");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        List<int[]> lines = lines(text);
        for (int h = 0; h < lines.size(); h++) {
            String header = text.substring(lines.get(h)[0], lines.get(h)[1]);
            Pattern splitter = splitter(header);
            List<int[]> headerCells = cells(header, 0, splitter);
            if (headerCells.size() < 3) continue;
            Map<Integer, Column> columns = new HashMap<>();
            for (int c = 0; c < headerCells.size(); c++) {
                // Export headers write words with underscores (patient_name, birth_date).
                String cell = header.substring(headerCells.get(c)[0], headerCells.get(c)[1]).replace('_', ' ');
                for (Column column : COLUMNS) {
                    if (column.header().matcher(cell).matches()) {
                        columns.put(c, column);
                        break;
                    }
                }
            }
            if (columns.isEmpty()) continue;
            int r = h + 1;
            for (; r < lines.size(); r++) {
                int from = lines.get(r)[0];
                List<int[]> row = cells(text.substring(from, lines.get(r)[1]), from, splitter);
                // Spaces and commas also stand inside a value (10 Apr 1960, Oct 20, 1958).
                if ((splitter == SPACE || splitter == COMMA) && row.size() > headerCells.size()) {
                    List<int[]> regrouped = regrouped(text, row, headerCells.size(), columns, splitter == SPACE);
                    if (regrouped != null) row = regrouped;
                }
                // A row with fewer cells than the header ends the table; one with more may still hold its columns
                // when text was glued to its end (…帕金森病导出时间,…), and then ends it.
                if (row.size() < headerCells.size()) break;
                List<int[]> cellsOfRow = row;
                columns.forEach((c, column) -> {
                    String cell = text.substring(cellsOfRow.get(c)[0], cellsOfRow.get(c)[1]);
                    if (EMPTY.matcher(cell).matches() || !column.value().matcher(cell).matches()) return;
                    out.add(new Span(cellsOfRow.get(c)[0], cellsOfRow.get(c)[1], column.kind()));
                    if (column.kind() == EntityKind.NAME) names.add(cell);
                });
                if (row.size() > headerCells.size()) {
                    r++;
                    break;
                }
            }
            h = r - 1;
        }
        return names.isEmpty() ? out : NamePropagation.everywhere(text, names, out);
    }

    /**
     * A single-space or comma row whose cells hold that separator themselves (10 Apr 1960, 152 6728 0316, Oct 20,
     * 1958) has more words than the header has cells: its words grouped into that many cells so that every typed column holds a value of its form, or null.
     */
    private static List<int[]> regrouped(String text, List<int[]> words, int width, Map<Integer, Column> columns,
            boolean anyCellJoins) {
        if (words.size() - width > 6) return null;
        int[] ends = new int[width];
        if (!group(text, words, columns, 0, 0, ends)) return null;
        // Between commas only a typed cell may take several words: text glued to a row's last cell (…甲状腺功能亢进导出时间,
        // 2021年1月27日) is no value of it.
        for (int cell = 0, start = 0; !anyCellJoins && cell < width; start = ends[cell++]) {
            if (ends[cell] - start > 1 && !columns.containsKey(cell)) return null;
        }
        return toCells(words, ends);
    }

    private static boolean group(String text, List<int[]> words, Map<Integer, Column> columns, int cell, int word,
            int[] ends) {
        if (cell == ends.length) return word == words.size();
        int lastEnd = words.size() - (ends.length - cell - 1);
        Column column = columns.get(cell);
        // A typed cell takes as many words as still have its form (152 6728 0316), an untyped one as few as it can.
        for (int i = 0; i < lastEnd - word; i++) {
            int end = column == null ? word + 1 + i : lastEnd - i;
            String value = text.substring(words.get(word)[0], words.get(end - 1)[1]);
            if (column != null && !column.value().matcher(value).matches() && !EMPTY.matcher(value).matches()) continue;
            ends[cell] = end;
            if (group(text, words, columns, cell + 1, end, ends)) return true;
        }
        return false;
    }

    private static List<int[]> toCells(List<int[]> words, int[] ends) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int end : ends) {
            out.add(new int[] {words.get(start)[0], words.get(end - 1)[1]});
            start = end;
        }
        return out;
    }

    /**
     * The cell separator a header line uses: |, a tab, a comma, two or more spaces or an ideographic space; a single
     * space only between Chinese header cells (学号 姓名 体温), since in English it also joins words (Patient name).
     */
    private static Pattern splitter(String header) {
        if (header.indexOf('|') >= 0 || header.indexOf('｜') >= 0) return BAR;
        if (header.indexOf('\t') >= 0) return TAB;
        if (header.indexOf(',') >= 0 && header.indexOf(' ') < 0) return COMMA;
        if (header.indexOf(';') >= 0 && header.indexOf(' ') < 0) return SEMICOLON;
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
            // Character.isWhitespace covers the ideographic space too.
            while (s < e && Character.isWhitespace(line.charAt(s))) s++;
            while (e > s && Character.isWhitespace(line.charAt(e - 1))) e--;
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
