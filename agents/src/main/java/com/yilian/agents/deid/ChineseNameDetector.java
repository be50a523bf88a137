package com.yilian.agents.deid;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chinese person names: a known surname followed by a one- or two-character given name, accepted when the context
 * says it is a person (a cue before, a title, gender, age or a predicate after) or when HanLP's name recogniser
 * (role tagging over its bundled dictionaries) says so. A name found once is then masked wherever it recurs.
 */
final class ChineseNameDetector implements Detector {
    // After 姓名： a place-like word is the name asked for (姓名：洪湖), as it is after no other label.
    private static final Pattern INSTITUTION_TAIL = Pattern.compile("科大学|医科|大学|学院|医院|卫生院|中学|小学");
    private static final int RARE_CHARACTER = 3;
    private static final String UNIT_AFTER_NUMBER = "连团组村队排班营";
    private static final Pattern SENT_FOR = Pattern.compile("[派找叫要拿送开租借]个");
    private static final Set<String> CLAUSE_OPENINGS = Set.of("今天", "明天", "昨天", "后天", "前天", "当天", "每天", "今日",
            "明日", "昨日", "次日", "今晚", "明晚", "昨晚", "今早", "明早", "谢谢");
    private static final Pattern NAME_LABEL = Pattern.compile("(?:姓\\s*名|名字)\\s*[:：]\\s*$");

    @Override
    public List<Span> find(String text) {
        HanlpView hanlp = HanlpView.of(text);
        List<Span> out = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); ) {
            int end = nameAt(text, i, hanlp);
            if (end > i && wordOrInstitution(text, i, end, hanlp)) end = i;
            if (end == i && !out.isEmpty()) end = listedAfter(text, i, out.get(out.size() - 1));
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

    /**
     * The next name in a list after a name (成员郝仁、武汉⏎, 调查人：万象、庄严): a surname and one or two characters
     * closed by 、, punctuation or a line end, whatever word they also are. Returns its end, or {@code i}.
     */
    private static int listedAfter(String text, int i, Span previous) {
        if (previous.end() != i - 1 || "、/／".indexOf(text.charAt(i - 1)) < 0 || previous.length() < 2) return i;
        int s = Surnames.at(text, i);
        if (s == 0) return i;
        for (int end = i + s + 2; end > i + s; end--) {
            if (end > text.length()) continue;
            boolean given = text.substring(i + s, end).chars().allMatch(c -> NameContext.givenChar((char) c));
            boolean closed = end == text.length() || "、/／，,。；;\n\u3000 ".indexOf(text.charAt(end)) >= 0
                    || NameContext.titleAt(text, end);
            if (given && closed) return end;
        }
        return i;
    }

    /**
     * The last character of a cue word opens no name (患|者钦佩); a surname only HanLP's dictionary knows (病, 脑, 胸) that
     * opens a word of the dictionary (病案室, 脑梗死, 胸口闷) makes none, whatever the cue; nor does a name that runs into
     * an institution (收款人：岭东医|科大学, 寄件人：同仁医|院). Checked on candidates only: most characters start none.
     */
    private static boolean wordOrInstitution(String text, int i, int end, HanlpView hanlp) {
        boolean unlisted = Surnames.at(text, i) == 0;
        String opening = text.substring(i, Math.min(end, i + 2));
        // A title is no name of its own (韩江|同志，89岁: 同 is a surname too); 与患者关系父亲 is a relation, not 关系父.
        return NameContext.closesCueWord(text, i) || NameContext.titleEnd(text, i) > i + 1
                || unlisted && !hanlp.nameSpan(i, end) && HanlpView.isWord(opening)
                || NameContext.NOT_NAMES.contains(opening) || NameContext.dialectPronounAt(text, i)
                || NameContext.nationalityAt(text, i) || NameContext.companyAfter(text, end)
                // …nor a verb's ending before a language (翻译成|韩语, 写成|日文).
                || end - i >= 2 && NameContext.nationalityAt(text, i + 1)
                // 原签约|医生 is the former family doctor; 查验人|护士长庄 a role noun before the person.
                || "原新前现".indexOf(text.charAt(i)) >= 0 && NameContext.titleAt(text, end)
                        && NameContext.roleWordWithin(text, i + 1, end)
                || end - i == 3 && NameContext.roleNounEndsAt(text, end) && (NameContext.titleAt(text, end)
                        || end < text.length() && ":：".indexOf(text.charAt(end)) >= 0)
                || INSTITUTION_TAIL.matcher(text).region(end, text.length()).lookingAt()
                || text.charAt(end - 1) == '医' && text.startsWith("院", end)
                // A head before a surname is no name with it (连长|孙, not 连 长孙).
                || NameContext.HEAD.matcher(text).region(i, text.length()).lookingAt()
                // A people is no person (额是蒙古族, 我是回族), nor an institution (我是卫生院的…).
                || text.charAt(end - 1) == '族' || INSTITUTION_TAIL.matcher(text.substring(i, end)).find()
                // A company, team or village by its number (8连群, 3组) and what one sends for (派个车来) open none.
                || i > 0 && Character.isDigit(text.charAt(i - 1)) && UNIT_AFTER_NUMBER.indexOf(text.charAt(i)) >= 0
                || SENT_FOR.matcher(text.substring(Math.max(0, i - 2), i)).matches()
                // A village's name's end is no name (番|茅村, 抱|峒镇).
                || end - i == 2 && "村镇乡屯寨".indexOf(text.charAt(end - 1)) >= 0 && i > 0 && NameContext.isHan(text.charAt(i - 1))
                // …nor a town's or county's name running on into what it has (高冲镇家庭医生群).
                || end - i == 3 && "镇乡县".indexOf(text.charAt(end - 1)) >= 0 && end < text.length()
                        && NameContext.isHan(text.charAt(end)) && NameContext.weakLength(text, end) == 0
                // A day or thanks opens the clause, not a name (家属明天到西安, 陈冬梅：谢谢医生).
                || CLAUSE_OPENINGS.contains(opening)
                // A unit or form of an organisation is no one (项目部的刘亚军, 外派人员信息表): a common noun and its word.
                || end - i == 3 && "部处科室表单册栏".indexOf(text.charAt(end - 1)) >= 0 && HanlpView.isCommonNoun(opening)
                // A city or county HanLP knows is a place, even after a label (监护人：郑州市嵩阳儿童福利院).
                || "市县区省".indexOf(text.charAt(end - 1)) >= 0 && HanlpView.isPlaceName(text.substring(i, end));
    }

    /** End of the name that starts at {@code i}, or {@code i} if none does. */
    private int nameAt(String text, int i, HanlpView hanlp) {
        // A one-character function surname at the very end (…和) is asked about the name after it: there is none.
        if (i >= text.length()) return i;
        if (NameContext.CUE_WORD.matcher(text).region(i, text.length()).lookingAt()
                || NameContext.insideTitle(text, i) || NameContext.measureAfterNumeral(text, i)) return i;
        int slotEnd = slotNameEnd(text, i, hanlp);
        if (slotEnd > i) return villageClinic(text, slotEnd) ? i : slotEnd;
        int end = nameEndAt(text, i, hanlp);
        if (end == i || NameContext.NOT_NAMES.contains(text.substring(i, end)) || villageClinic(text, end)) return i;
        boolean cueOrLabel = cue(text, i, hanlp) || NameContext.labelBefore(text, i);
        boolean titleOrStrong = NameContext.titleAt(text, end) || NameContext.strongAt(text, end);
        // A surname that ends a word with the character before it, or follows a one-character locative or particle
        // (下|周再联系, 硝苯地|平中) starts no name, whatever
        // HanLP's name recogniser says, unless the context says it is one.
        if (!cueOrLabel && !titleOrStrong && !NameContext.startsWord(text, i)
                && (HanlpView.isWord(text.substring(i - 1, i + 1)) || hanlp.gluedParticleBefore(i))) {
            return i;
        }
        // The last character of a word is no surname (夜班|护士 → 班, 社区|医生 → 区), unless a cue says otherwise
        // or a full name stands before a title (经|文敏轩主任医师).
        if (!cueOrLabel && hanlp.insideWord(i) && (end - i <= 2 && !hanlp.nameSpan(i, end) || !titleOrStrong)) return i;
        // A candidate that cuts a word HanLP reads short (普外|科, 高血|压) is none.
        if (!titleOrStrong && hanlp.wordRunsPast(i, end)) return i;
        // A role word before a title (管床医生, 康复医生, 麻醉医生) is no surname and given name.
        boolean compound = Surnames.at(text, i) >= 2;
        if (!NameContext.labelBefore(text, i) && NameContext.titleAt(text, end) && (NameContext.roleWordWithin(text, i, end)
                || !compound && hanlp.wordNotName(i, end) && !hanlp.nameSpan(i, end))) {
            return i;
        }
        // A verb HanLP reads across the surname (查看|患者, 陈述) is no name, even after a cue.
        Integer verbEnd = hanlp.termEnds().get(i);
        // …and without a cue, a verb or clinical word from the surname on that ends inside the candidate (查房|时).
        if (!cueOrLabel && verbEnd != null && verbEnd > i + 1 && verbEnd < end && hanlp.clinical().contains(i)
                && !hanlp.nameSpan(i, end)) {
            return i;
        }
        if (!titleOrStrong && !compound && verbEnd != null && verbEnd > i + 1 && hanlp.clinical().contains(i)
                && !hanlp.nameSpan(i, end)) {
            return i;
        }
        // Without a cue, a candidate that ends on the first character of a word running past it (原井|下) cuts that
        // word, as does one whose surname and first given character make a word (白天|多活动): unless a title, gender
        // or age says a person stands there, or HanLP reads exactly this name.
        if (!cueOrLabel && !titleOrStrong && !hanlp.nameSpan(i, end) && !compound
                && (HanlpView.dictionaryWordCrossing(text, end - 1, end)
                || end - i == 3 && HanlpView.isWord(text.substring(i, i + 2)))) {
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
     * A name in a person slot: after a kinship word, role noun, label or bed number (妻子向阳代答, 受血者许诺，,
     * 15床白雪术后), or opening a clause before a predicate only people have (…，方圆诉…, 23:40 陈李淑华由女儿…).
     * There a surname with one or two given characters is a name even when it is also a word, a married woman's
     * two surnames come before her given name (陈李淑华), and any surname HanLP's name dictionary knows will do (贲).
     * Returns the end of the name, or {@code i}.
     */
    private static int slotNameEnd(String text, int i, HanlpView view) {
        // The surname first: it is the cheap test and rules out most positions.
        if (Surnames.at(text, i) == 0 && !Surnames.knownToHanlp(text.charAt(i))) return i;
        boolean slot = NameContext.slotBefore(text, i);
        boolean strongSlot = slot && !NameContext.bedEndsAt(text, i);
        boolean subject = !slot && (NameContext.subjectStart(text, i) || NameContext.startsWord(text, i)
                || NameContext.verbBefore(text, i));
        if (!slot && !subject) return i;
        int s = Surnames.at(text, i);
        boolean unlisted = s == 0;
        boolean wordLike = unlisted && Surnames.WORD_LIKE.indexOf(text.charAt(i)) >= 0;
        // …but not an adverb or other function word (妻子刚生产, 家属已签字).
        if (s == 0 && (strongSlot || view.names().containsKey(i)) && Surnames.knownToHanlp(text.charAt(i))
                && !HanlpView.FUNCTION_NATURES.matcher(view.natureAt(i)).matches()) {
            s = 1;
        }
        if (s == 0) return i;
        // 向, 于… open a clause's subject only as a word or name of their own (…，向阳诉…; not 向其诉).
        Integer term0 = view.termEnds().get(i);
        boolean functionSurname = NameContext.FUNCTION_SURNAMES.indexOf(text.charAt(i)) >= 0;
        if (functionSurname && subject && (term0 == null || term0 == i + 1
                || HanlpView.FUNCTION_NATURES.matcher(view.natureAt(i)).matches() && !view.natureAt(i).startsWith("v"))) {
            return i;
        }
        int g0 = i + s;
        // A surname with a title (王医生) is left to the title rules.
        if (NameContext.titleAt(text, g0)) return i;
        // Married double surname: surname + surname + two given characters, where neither shorter reading ends at
        // a person's boundary (妻子向阳代答 is 向阳 before 代答).
        if (s == 1 && Surnames.at(text, g0) == 1 && end(text, g0 + 1, 2, strongSlot) > 0
                && personEndAt(text, g0 + 3, slot) > 0 && personEndAt(text, g0 + 2, slot) == 0
                && personEndAt(text, g0 + 1, slot) == 0) {
            return g0 + 3;
        }
        int best = i, bestScore = 0;
        for (int g = 2; g >= 1; g--) {
            int end = g0 + g;
            if (end > text.length()) continue;
            Integer term = term0;
            boolean hanlpName = view.nameSpan(i, end);
            boolean word = !hanlpName && (term != null && term == end || HanlpView.isWord(text.substring(i, end)));
            // Only a kinship word, role noun or label lets any character or word through (妻子向阳, 受检者贲永红).
            // After a bed number or as a clause's subject the given name must look like one (15床左踝, …，左前臂诉
            // are none) unless HanLP reads exactly this name; there a word (15床寒战, 查房时|欧洲) is none, except a
            // clause's subject before 诉, 本人, （身份证… (…，许诺（身份证…）, …，方圆诉…).
            boolean strongPredicate = NameContext.strongPersonPredicateAt(text, end);
            boolean colon = end < text.length() && ":：".indexOf(text.charAt(end)) >= 0;
            boolean any = strongSlot || hanlpName;
            boolean possible = !word && (strongPredicate || colon);
            if (!strongSlot && HanlpView.bodyPartEnd(text.substring(i, end))) continue;
            if (!strongSlot && word && (!strongPredicate || !HanlpView.plainWord(text.substring(i, end)))) {
                continue;
            }
            // …nor a candidate that holds a shorter word of HanLP's from the surname on (查房|时), unless a person's
            // predicate follows (季军|莲诉, 陈兵|超及其儿媳).
            if (!strongSlot && !hanlpName && term != null && term > i + 1 && term < end
                    && !view.natureAt(i).startsWith("nr") && !strongPredicate) {
                continue;
            }
            if (functionSurname && subject && (term == null || term != end) && !view.names().containsKey(i)) continue;
            // A surname only HanLP's dictionary knows opens a clause only with two given characters (贲永红; not 代诉);
            // one that is mostly a word, only with two likely ones, even in a slot (家属代取药 is none).
            if (unlisted && subject && g == 1) continue;
            if (wordLike && (g == 1 || end(text, g0, g, false) == 0)) continue;
            if (end(text, g0, g, any) == 0 && !(possible && possibleName(text, g0, end))) continue;
            int score = personEndAt(text, end, slot);
            // A speaker's colon (03:05 张沐辰：…) tells only when the candidate is no word (方案：, 印象：).
            if (score == 0 && !slot && !word && colon) score = 1;
            if (score > bestScore) {
                best = end;
                bestScore = score;
            }
        }
        if (best == i || NameContext.NOT_NAMES.contains(text.substring(i, best))) return i;
        // 来, 时, 和… are words far more often than surnames (家属来电, 家属和医生): HanLP must read a name there.
        char first = text.charAt(i);
        if ((NameContext.FUNCTION_SURNAMES + NameContext.CONJUNCTION_SURNAMES).indexOf(first) >= 0 && "向于".indexOf(first) < 0
                && !view.nameSpan(i, best)) {
            return i;
        }
        // A role word before a title (谈话医生, 管床护士) and words HanLP reads as time, place, number or function
        // words (平时, 同时, 方可), or as a disease or drug, are no name even here.
        if (NameContext.titleAt(text, best) && !NameContext.labelBefore(text, i)
                && (NameContext.roleWordWithin(text, i, best) || view.wordNotName(i, best) && !view.nameSpan(i, best))) {
            return i;
        }
        Integer word = view.termEnds().get(i);
        // After a title only a name that is no verb or clinical word (老师查房, 上级医师查房：… is the round, not a
        // person), unless a colon makes the title a label (接诊医生：钟情).
        if (word != null && word == best && view.natureAt(i).matches("vi|vn|nh.*") && NameContext.titleCueStart(text, i) >= 0
                && !NameContext.labelBefore(text, i)) {
            return i;
        }
        // In a slot a person fills (接班人夏至。, 接诊医生：钟情⏎, 妈妈林荫说…) a name closed by punctuation, a line end or
        // a title is taken whatever word it also is: a conjunction, a verb, a solar term; not before a colon, where a
        // heading stands.
        boolean colonAfter = best < text.length() && ":：".indexOf(text.charAt(best)) >= 0;
        if (strongSlot && !colonAfter && NameContext.closedAt(text, best)) return best;
        if (word != null && word > i + 1 && (word > best && !view.natureAt(i).startsWith("nr") || view.medicalAt(i)
                || HanlpView.FUNCTION_NATURES.matcher(view.natureAt(i)).matches() && !view.natureAt(i).startsWith("v")
                || view.natureAt(i).matches("t.*|s|f|ns.*|nis|nt.*") && !NAME_LABEL.matcher(
                        text.substring(Math.max(0, i - 8), i)).find())) {
            return i;
        }
        return best;
    }

    /** Every character of [g0, end) has stood in a given name and none is a body part (黄朵朵; not 左踝, 左手掌). */
    private static boolean possibleName(String text, int g0, int end) {
        for (int k = g0; k < end; k++) if (!GivenNameCharacters.possible(text.charAt(k))) return false;
        return !HanlpView.bodyPartWithin(text.substring(g0 - 1, end));
    }

    /** {@code g} characters from {@code g0} can be a given name: in a slot any name character, else likely ones. */
    private static int end(String text, int g0, int g, boolean slot) {
        if (g0 + g > text.length()) return 0;
        for (int k = g0; k < g0 + g; k++) {
            char c = text.charAt(k);
            if (!NameContext.givenChar(c) || !slot && !GivenNameCharacters.likely(c)) return 0;
        }
        return g0 + g;
    }

    /**
     * How well what follows {@code end} closes a person's name, 0 if not: in a slot a title, gender or age beats a
     * longer predicate, which beats a shorter one or punctuation; as a clause's subject only a person's predicate.
     */
    private static int personEndAt(String text, int end, boolean slot) {
        if (end >= text.length()) return slot ? 1 : 0;
        if (NameContext.titleAt(text, end) || NameContext.strongAt(text, end)) return 9;
        if (!slot) return NameContext.personPredicateAt(text, end) ? 2 : 0;
        if (Character.isWhitespace(text.charAt(end))) return 1;
        return NameContext.weakLength(text, end);
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
        // 查 glued to a character ends a word HanLP lacks (筛查|医生, 嘎查|家庭医生, 普查), not a surname.
        if (glued && !cue && text.charAt(i) == '查') return i;
        // …or when HanLP reads a name starting right after it (接诊时|何有明).
        if (function && !cue && !titled && view.names().containsKey(i + 1) && !view.names().containsKey(i)) return i;
        // 医生和护士, 家属与医生: unless a label names the person, a conjunction before a title joins two roles (a
        // role or title before it is no cue here); the rare surname 和 loses a bare title (和医生) but keeps a label or
        // a given name (主治医师：和医生, 和建国医生).
        if (titled && !NameContext.labelBefore(text, i) && NameContext.CONJUNCTION_SURNAMES.indexOf(text.charAt(i)) >= 0) {
            return i;
        }
        // A verb or preposition glued to the word before a title is no surname (反复问|护士, 转向|医生, 请把|医生).
        if (titled && glued && !NameContext.labelBefore(text, i)
                && NameContext.NOT_SURNAME_BEFORE_TITLE.indexOf(text.charAt(i)) >= 0) {
            return i;
        }
        int g0 = i + s;
        // 王医生 / 李主任: a surname with a title is already an identifier, unless the two make a word (班主任).
        if (NameContext.titleAt(text, g0)) return CoreDictionary.contains(text.substring(i, NameContext.titleEnd(text, g0))) ? i : g0;
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
        // Right after a department (内一科丰水娥 内二科…, 急诊科揭九斤呼叫…) a name closed by a blank, punctuation, a line
        // end or a predicate, that is no word and holds none (骨科|门诊, 内科|查房 are none).
        if (!cue && i > 0 && text.charAt(i - 1) == '科') {
            for (int g = max; g >= 1; g--) {
                int end = g0 + g;
                boolean closed = end == text.length() || Character.isWhitespace(text.charAt(end))
                        || "，,。；;、".indexOf(text.charAt(end)) >= 0 || NameContext.weakLength(text, end) >= 2;
                if (closed && !HanlpView.isWord(text.substring(i, end)) && !view.commonWordWithin(i, end, g0)) return end;
            }
        }
        // Without a cue, every given-name character must be one that names use (左前臂, 易激惹 are no names).
        // 于/和/来… are mostly words: even after a cue (陪同来院) their given name must look like one.
        if (!cue || function) max = GivenNameCharacters.likelyRun(text, g0, max);
        if (max == 0) return i;
        // …nor one that cuts a word in two (船员来|体检).
        if (function && wordRunsOn(text, g0, g0 + max)) return i;
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
        int slotted = cue ? cuedRareSurnameEnd(text, i, view, functionWord) : i;
        if (slotted > i) return slotted;
        // A word HanLP reads from here that is no name (患者：对对|对, 医生：多大|了, 本人银行|账户) opens none.
        Integer word = view.termEnds().get(i);
        if (word != null && word > i + 1 && !view.natureAt(i).startsWith("nr")) return i;
        for (int len = 3; len >= 2; len--) {
            int end = i + len;
            // A role noun (签字人, 受检者, 收款员) is a label, not a name.
            if (end > text.length() || !text.substring(i, end).chars().allMatch(c -> NameContext.givenChar((char) c))
                    || HanlpView.isWord(text.substring(i, end)) || "人者员".indexOf(text.charAt(end - 1)) >= 0) {
                continue;
            }
            if (NameContext.strongAt(text, end) || cue && NameContext.titleAt(text, end)) return end;
            if (label && (end == text.length() || !NameContext.givenChar(text.charAt(end)))) return end;
        }
        return i;
    }

    /**
     * After a cue or label (申请人郅爱民，, 母亲郅子墨电话…) a surname no list knows: a rare character that HanLP reads
     * alone or as the start of a name, no function word, before one or two characters that names use; the
     * whole, and the surname with the next character, no word; closed by punctuation, a blank, a line end or a
     * predicate. Returns the end, or {@code i}.
     */
    private static int cuedRareSurnameEnd(String text, int i, HanlpView view, boolean functionWord) {
        if (NameContext.bedEndsAt(text, i)) return i;
        // A surname that is mostly a word (家属零桂兰，, 患者先沐阳（…) opens only a full name: two likely given
        // characters, no word with the surname, closed (患者先予吸氧, 家属代取药 and 家属化验单 are none).
        boolean wordLike = Surnames.WORD_LIKE.indexOf(text.charAt(i)) >= 0;
        // Otherwise only a character that is hardly ever a word of its own (弭, 郅, 撖: HanLP counts it three times or
        // fewer); 对, 多, 体 and 房 after a cue are words (患者：对对对, 弟弟体健).
        if (!wordLike && (functionWord || !NameContext.isHan(text.charAt(i))
                || CoreDictionary.getTermFrequency(text.substring(i, i + 1)) > RARE_CHARACTER)) {
            return i;
        }
        Integer term = view.termEnds().get(i);
        if (!wordLike && (term == null || term != i + 1 && !view.natureAt(i).startsWith("nr"))) return i;
        if (i + 2 > text.length() || HanlpView.isWord(text.substring(i, i + 2))) return i;
        for (int end = Math.min(text.length(), i + 3); end >= i + (wordLike ? 3 : 2); end--) {
            boolean likely = true;
            for (int k = i + 1; k < end; k++) likely &= GivenNameCharacters.likely(text.charAt(k));
            if (!likely || HanlpView.isWord(text.substring(i, end))) continue;
            if (NameContext.closedAt(text, end) || NameContext.weakLength(text, end) >= 2) return end;
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

    /** A dictionary word starts at {@code from} and runs past {@code end} (体检 from 来|体). */
    private static boolean wordRunsOn(String text, int from, int end) {
        for (int e = end + 1; e <= Math.min(text.length(), from + 4); e++) {
            if (HanlpView.isWord(text.substring(from, e))) return true;
        }
        return false;
    }

    /** How many of the next two characters can belong to a given name. */
    private static int maxGiven(String text, int g0) {
        int n = 0;
        while (n < 2 && g0 + n < text.length() && NameContext.givenChar(text.charAt(g0 + n))) n++;
        return n;
    }

    /** A village before its clinic or school is a place (我是那敏村卫生室的), whoever speaks. */
    private static boolean villageClinic(String text, int end) {
        return "村屯寨".indexOf(text.charAt(end - 1)) >= 0 && NameContext.institutionAt(text, end);
    }
}
