package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese person names: a known surname followed by a one- or two-character given name, accepted when the context
 * says it is a person (a cue before, a title, gender, age or a predicate after) or when HanLP's name recogniser
 * (role tagging over its bundled dictionaries) says so. A name found once is then masked wherever it recurs.
 */
final class ChineseNameDetector implements Detector {
    @Override
    public List<Span> find(String text) {
        HanlpView hanlp = HanlpView.of(text);
        List<Span> out = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); ) {
            int end = nameAt(text, i, hanlp);
            if (end > i) {
                out.add(new Span(i, end, EntityKind.NAME));
                if (end - i >= 2) found.add(text.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return NamePropagation.everywhere(text, found, out);
    }

    /** End of the name that starts at {@code i}, or {@code i} if none does. */
    private int nameAt(String text, int i, HanlpView hanlp) {
        if (NameContext.CUE_WORD.matcher(text).region(i, text.length()).lookingAt()
                || NameContext.insideTitle(text, i)) return i;
        int end = nameEndAt(text, i, hanlp);
        if (end == i || NameContext.NOT_NAMES.contains(text.substring(i, end))) return i;
        boolean cueOrLabel = cue(text, i, hanlp) || NameContext.labelBefore(text, i);
        boolean titleOrStrong = NameContext.titleAt(text, end) || NameContext.strongAt(text, end);
        // The last character of a word is no surname (夜班|护士 → 班, 社区|医生 → 区), unless a cue says otherwise
        // or a full name stands before a title (经|文敏轩主任医师).
        if (!cueOrLabel && hanlp.insideWord(i) && (end - i == 1 || !titleOrStrong)) return i;
        // A candidate that cuts a word HanLP reads short (普外|科, 高血|压) is none.
        if (!titleOrStrong && hanlp.wordRunsPast(i, end)) return i;
        // A role word before a title (管床医生, 康复医生, 麻醉医生) is no surname and given name.
        boolean compound = Surnames.at(text, i) >= 2;
        if (!cueOrLabel && NameContext.titleAt(text, end) && (NameContext.roleWordWithin(text, i, end)
                || !compound && hanlp.wordNotName(i, end) && !hanlp.nameSpan(i, end))) {
            return i;
        }
        // A verb HanLP reads across the surname (查看|患者, 陈述) is no name, even after a cue.
        Integer verbEnd = hanlp.termEnds().get(i);
        if (!titleOrStrong && !compound && verbEnd != null && verbEnd > i + 1 && hanlp.clinical().contains(i)
                && !hanlp.nameSpan(i, end)) {
            return i;
        }
        // HanLP knows common and clinical words (高血压, 查体): without a cue, title, gender or age around it, a
        // candidate that is exactly one of them is no name (with one, 高明 and 黄金 are).
        boolean context = cueOrLabel || titleOrStrong;
        String word = hanlp.commonWords().get(i);
        boolean known = word != null && word.length() == end - i || HanlpView.isWord(text.substring(i, end));
        // A verb or clinical word is no name even after a cue (陪同来院), unless a title or gender follows it.
        boolean clinical = word != null && word.length() == end - i && hanlp.clinical().contains(i);
        if (clinical && !titleOrStrong) return i;
        return !context && known ? i : end;
    }

    /**
     * A cue stands before {@code i}; also a title after a role word HanLP knows (巡回|护士|邹骏浩), which opens a name
     * where a title after a surname (李|护士) closes one.
     */
    private static boolean cue(String text, int i, HanlpView view) {
        if (NameContext.cueBefore(text, i)) return true;
        int title = NameContext.titleCueStart(text, i);
        return title > 0 && view.wordEndsAt(title);
    }

    private int nameEndAt(String text, int i, HanlpView view) {
        Map<Integer, Integer> hanlpNames = view.names();
        int s = Surnames.at(text, i);
        if (s == 0) return unlistedSurnameAt(text, i, view);
        boolean function = NameContext.FUNCTION_SURNAMES.indexOf(text.charAt(i)) >= 0;
        boolean cue = cue(text, i, view) || NameContext.labelBefore(text, i);
        if (function && !cue && nameAt(text, i + 1, view) > i + 1) return i;
        // 于/时/和… right after another word are that word's particle (接诊时, 位于), not a surname.
        boolean titled = NameContext.titleAt(text, i + s);
        boolean glued = i > 0 && NameContext.isHan(text.charAt(i - 1)) && !NameContext.startsWord(text, i)
                && !NameContext.verbBefore(text, i);
        if (function && !titled && glued && (!cue || text.charAt(i) == '时')) return i;
        // …or when HanLP reads a name starting right after it (接诊时|何有明).
        if (function && !cue && !titled && view.names().containsKey(i + 1) && !view.names().containsKey(i)) return i;
        // 医生和护士, 家属与医生: unless a label names the person, a conjunction before a title joins two roles (a
        // role or title before it is no cue here); the rare surname 和 loses a bare title (和医生) but keeps a label or
        // a given name (主治医师：和医生, 和建国医生).
        if (titled && !NameContext.labelBefore(text, i) && NameContext.CONJUNCTION_SURNAMES.indexOf(text.charAt(i)) >= 0) {
            return i;
        }
        int g0 = i + s;
        // 王医生 / 李主任: a surname with a title is already an identifier.
        if (NameContext.titleAt(text, g0)) return g0;
        // 刘某某 / 刘某: partly masked names still point at a person.
        if (text.startsWith("某某", g0)) return g0 + 2;
        if (text.startsWith("某", g0) && NameContext.boundaryAt(text, g0 + 1)) return g0 + 1;
        int max = maxGiven(text, g0);
        if (max == 0) return i;
        // The longest title wins (欧洋|副主任医师, not 欧洋副|主任医师).
        for (int g = 1; g <= max; g++) {
            if (NameContext.titleAt(text, g0 + g - 1) && g > 1 && NameContext.titleAt(text, g0 + g)) return g0 + g - 1;
        }
        for (int g = max; g >= 1; g--) {
            int end = g0 + g;
            if (NameContext.titleAt(text, end) || NameContext.strongAt(text, end)) return end;
        }
        // Without a cue, every given-name character must be one that names use (左前臂, 易激惹 are no names).
        // 于/和/来… are mostly words: even after a cue (陪同来院) their given name must look like one.
        if (!cue || function) max = GivenNameCharacters.likelyRun(text, g0, max);
        if (max == 0) return i;
        Integer hanlp = hanlpNames.get(i);
        boolean hanlpFits = hanlp != null && hanlp > g0 && hanlp <= g0 + max && !NameContext.institutionAt(text, hanlp);
        boolean wordStart = NameContext.startsWord(text, i);
        int weakEnd = endBeforePredicate(text, g0, max);
        // After a cue most names have two given characters, so that is the guess when no predicate settles it,
        // unless the second character is no name character and HanLP ends the name before it (…医师：王芳|庞…).
        if (cue) {
            if (weakEnd > 0) return weakEnd;
            boolean shorter = max == 2 && !NameContext.boundaryAt(text, g0 + 2)
                    && !GivenNameCharacters.likely(text.charAt(g0 + 1))
                    && (hanlp != null && hanlp == g0 + 1 || view.nameSpan(i, g0 + 1));
            return shorter ? g0 + 1 : g0 + max;
        }
        // 于/和/向… are far more often words than surnames: they need a cue, or a clear predicate at a word start.
        // HanLP's name recogniser settles it as well (，向倩菊诉…).
        if (function) {
            boolean clear = weakEnd > 0 && (NameContext.weakLength(text, weakEnd) >= 2 || view.nameSpan(i, weakEnd));
            if (wordStart && clear) return weakEnd;
            Integer named = view.names().get(i);
            boolean subject = named != null && named > g0 && named <= g0 + max && NameContext.subjectStart(text, i);
            return subject && view.predicateAt(named) ? named : i;
        }
        // Without a cue, a word HanLP knows inside the given name (史|加重, 左|季肋) says it is no name.
        if ((wordStart || NameContext.verbBefore(text, i)) && weakEnd > 0) {
            return view.commonWordWithin(i, weakEnd, g0) ? i : weakEnd;
        }
        // HanLP often cuts a three-character name short before a word it knows (张毅|贵生命体征).
        int subjectEnd = clauseSubjectEnd(text, i, g0, max, view);
        boolean hanlpEnds = hanlpFits && !view.medicalAt(hanlp)
                && (NameContext.boundaryAt(text, hanlp) || wordStart && HanlpView.dictionaryWordAt(text, hanlp));
        return hanlpEnds ? Math.max(hanlp, subjectEnd) : subjectEnd;
    }

    /**
     * A name opening a clause and followed by a word HanLP knows (…，俞健娇生命体征平稳): taken when the candidate
     * itself holds no word HanLP knows (，左下肢水肿 and ，方可出院 do). Two given characters are preferred.
     */
    private static int clauseSubjectEnd(String text, int i, int g0, int max, HanlpView view) {
        if (!NameContext.subjectStart(text, i) && !NameContext.verbBefore(text, i)) return i;
        for (int g = max; g >= 1; g--) {
            int end = g0 + g;
            // A word HanLP knows, a verb or status word (突发; a one-character one only where HanLP's name ends:
            // 邓|萍燕|留, not 邹贵留|置), or, when HanLP reads a three-character candidate as a name itself, even a
            // symptom (何有明|面色苍白; 毛细|支气管炎 is too short to tell).
            boolean hanlpEnds = view.nameSpan(i, end) || view.nameSpan(g0, end);
            boolean predicateNext = view.predicateAt(end) && !view.medicalAt(end)
                    && (view.termEnds().get(end) - end >= 2 || hanlpEnds);
            boolean knownWordNext = HanlpView.dictionaryWordAt(text, end) && !view.medicalAt(end) || predicateNext
                    || g == 2 && view.nameSpan(i, end) && view.termEnds().containsKey(end);
            boolean candidateHoldsWord = view.commonWordWithin(i, end, g0) || HanlpView.dictionaryWordCrossing(text, i, g0)
                    || HanlpView.dictionaryWordAt(text, g0);
            if (knownWordNext && !candidateHoldsWord && !NameContext.institutionAt(text, end)) {
                return end;
            }
        }
        return i;
    }

    /** A surname we do not list: taken after a label (开户名：), or before gender, age or kinship (仉波，男，45岁). */
    private static int unlistedSurnameAt(String text, int i, HanlpView view) {
        // A preposition, conjunction, adverb or pronoun before a title is no surname (由|奶奶, 请|医生).
        boolean functionWord = HanlpView.FUNCTION_NATURES.matcher(view.natureAt(i)).matches();
        if (NameContext.startsWord(text, i) && NameContext.givenChar(text.charAt(i)) && !functionWord
                && NameContext.NOT_SURNAME_BEFORE_TITLE.indexOf(text.charAt(i)) < 0 && NameContext.titleAt(text, i + 1)) {
            return i + 1;
        }
        boolean label = NameContext.labelBefore(text, i);
        boolean cue = label || cue(text, i, view);
        if (!cue && !NameContext.startsWord(text, i)) return i;
        for (int len = 3; len >= 2; len--) {
            int end = i + len;
            if (end > text.length() || !text.substring(i, end).chars().allMatch(c -> NameContext.givenChar((char) c))
                    || HanlpView.isWord(text.substring(i, end))) {
                continue;
            }
            if (NameContext.strongAt(text, end) || cue && NameContext.titleAt(text, end)) return end;
            if (label && (end == text.length() || !NameContext.givenChar(text.charAt(end)))) return end;
        }
        return i;
    }

    /**
     * End of a given name followed by a predicate, or 0. A two-character predicate beats a one-character one
     * (聂波|自诉, not 聂波自|诉); otherwise the longer given name wins.
     */
    private static int endBeforePredicate(String text, int g0, int max) {
        int best = 0, bestLength = 0;
        for (int g = max; g >= 1; g--) {
            int end = g0 + g;
            int length = NameContext.weakLength(text, end);
            if (length > bestLength && !NameContext.institutionAt(text, end)) {
                best = end;
                bestLength = length;
            }
        }
        return best;
    }

    /** How many of the next two characters can belong to a given name. */
    private static int maxGiven(String text, int g0) {
        int n = 0;
        while (n < 2 && g0 + n < text.length() && NameContext.givenChar(text.charAt(g0 + n))) n++;
        return n;
    }
}
