package com.yilian.agents.deid;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese names in Latin script, with tone marks, without them or in capitals: a family name of the common ones
 * and a middle name Thị or Văn (Nguyễn Thị Hồng Nhung, LY VAN QUYET), a family name and two more syllables of which
 * one is marked (Lê Minh Tuấn), a given name after a kinship word of address (chị Thoa, anh Tùng) and whatever follows
 * a Vietnamese name key (Họ tên:, Bác sĩ:, Người nhà: chị Phượng), in Latin or Chinese characters. A family name after
 * an administrative word is a place (tỉnh Cao Bằng, thành phố Hồ Chí Minh). In Chinese characters a woman's name
 * keeps Thị as 氏 between family and given name (阮氏秋香, 黄氏叶).
 */
final class VietnameseNameDetector implements Detector {
    // About forty family names, unaccented, carry nearly every Vietnamese (Nguyễn alone some four in ten).
    private static final Set<String> FAMILY = Set.of(("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly "
            + "dinh dao doan trinh mai luong cao lam to ha trieu nong lo vi la hua chu ta kieu quach thai truong luu tang "
            + "mac lai tong phung ton giap khuc luc ma thach au").split(" "));
    private static final Set<String> MIDDLE = Set.of("thi", "van");
    // A syllable: onset, vowels, coda, in the letters Vietnamese writes (no f, j, w or z).
    private static final Pattern SYLLABLE = Pattern.compile("(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
            + "[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?");
    // A capitalised word or one in capitals, combining marks included (tone marks may come decomposed).
    private static final String WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*|\\p{Lu}[\\p{Lu}\\p{M}]+";
    private static final Pattern RUN = Pattern.compile("(?<![\\p{IsLatin}\\p{M}])(?:" + WORD + ")(?:[ \\u00A0](?:" + WORD + ")){1,3}"
            + "(?![\\p{IsLatin}\\p{M}])");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)(?:tỉnh|tinh|huyện|huyen|xã|xa|thôn|thon|xóm|xom|"
            + "phường|phuong|quận|quan|thị trấn|thi tran|thị xã|thi xa|thành phố|thanh pho|tp\\.?|đường|duong|phố|pho|bản|ban|"
            + "khối|khoi|ấp|ap|chợ|cho|cửa khẩu|cua khau|bệnh viện|benh vien|trạm y tế|tram y te|trung tâm|trung tam)\\s*$");
    private static final Set<String> PLACES = Set.of("ho chi minh", "ha noi", "cao bang", "ha giang", "ha tinh", "ha nam",
            "lam dong", "mai chau", "ha long", "ha tien", "phan thiet", "phan rang", "tra vinh", "dong nai", "ha dong");
    // Words of address before a given name alone: older/younger sister or brother, grandmother, grandfather, aunt…
    private static final Pattern ADDRESSED = Pattern.compile("(?<![\\p{IsLatin}\\p{M}])(?:chị|anh|em|bà|ông|cô|chú|bác|cháu|"
            + "Chị|Anh|Em|Bà|Ông|Cô|Chú|Bác)\\s+(" + WORD + ")(?:\\s+(" + WORD + "))?(?![\\p{IsLatin}\\p{M}])");
    // Keys of Vietnamese forms before a person (name, patient, mother, father, husband, wife, relative, doctor, nurse,
    // interpreter, contact), then a name in Latin script or Chinese characters.
    private static final Pattern KEYED = Pattern.compile("(?<![\\p{IsLatin}\\p{M}])(?:Họ và tên|Họ tên|Ho ten|Ho va ten|Tên|"
            + "Bệnh nhân|Benh nhan|Người bệnh|Mẹ|Bố|Cha|Chồng|Chong|Vợ|Người nhà|Nguoi nha|Người liên hệ|"
            + "Bác sĩ|Bac si|Y tá|Điều dưỡng|Phiên dịch|Phien dich|Sản phụ)\\s*[:：]\\s*"
            + "(?:(?:chị|anh|em|bà|ông|cô|chú|bác)\\s+)?((?:" + WORD + ")(?:[ \\u00A0](?:" + WORD + ")){0,3}|\\p{IsHan}{2,3}(?!\\p{IsHan}))"
            + "(?![\\p{IsLatin}\\p{M}])");

    // 氏 after a family name and before one or two given-name characters that end the name (黄氏叶，; 阮氏秋香说).
    private static final Pattern THI = Pattern.compile("氏(\\p{IsHan}{1,2})");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        transliterated(text, out);
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            if (fullName(run.group()) && !placeBefore(text, run.start())) {
                out.add(new Span(run.start(), run.end(), EntityKind.NAME));
            }
        }
        Matcher a = ADDRESSED.matcher(text);
        while (a.find()) {
            int end = a.group(2) != null && syllable(a.group(2)) ? a.end(2) : a.end(1);
            if (syllable(a.group(1))) out.add(new Span(a.start(1), end, EntityKind.NAME));
        }
        Matcher k = KEYED.matcher(text);
        while (k.find()) {
            String name = k.group(1);
            boolean han = NameContext.isHan(name.charAt(0));
            if (han ? Surnames.at(name, 0) > 0 : allSyllables(name)) out.add(new Span(k.start(1), k.end(1), EntityKind.NAME));
        }
        return out;
    }

    private static void transliterated(String text, List<Span> out) {
        Matcher m = THI.matcher(text);
        while (m.find()) {
            int start = m.start() - 1;
            // 氏名 is a Japanese form's name label (患者氏名：), not Thị.
            if (text.startsWith("氏名", m.start())) continue;
            if (start < 0 || !Surnames.SINGLES.contains(text.substring(start, start + 1))) continue;
            if (start > 0 && Surnames.at(text, start - 1) == 2) start--;
            String given = m.group(1);
            int end = m.end();
            // A second character that opens what follows is not part of the name (黄氏叶诉 → 叶).
            if (given.length() == 2 && !ends(text, end)) end--;
            if (!ends(text, end) || !GivenNameCharacters.likely(text.charAt(m.start(1)))
                    || end - m.start(1) == 2 && HanlpView.isWord(text.substring(m.start(1), end))) continue;
            out.add(new Span(start, end, EntityKind.NAME));
        }
    }

    /** Where a name may end: not before another character of a word, an eponym or a lineage (布氏杆菌, 陈氏太极). */
    private static boolean ends(String text, int end) {
        return end == text.length() || !NameContext.isHan(text.charAt(end)) || NameContext.weakAt(text, end)
                || NameContext.strongAt(text, end) || text.startsWith("之子", end) || text.startsWith("之女", end);
    }

    /** A family name, then Thị or Văn and one or two syllables, or two syllables of which one carries a mark. */
    static boolean fullName(String run) {
        String[] words = run.split("[ \\u00A0]");
        if (!FAMILY.contains(plain(words[0])) || !allSyllables(run) || PLACES.contains(plain(run))) return false;
        if (words.length >= 3 && MIDDLE.contains(plain(words[1]))) return true;
        if (words.length < 3) return false;
        for (String w : words) if (marked(w)) return true;
        return false;
    }

    private static boolean allSyllables(String run) {
        for (String w : run.split("[ \\u00A0]")) if (!syllable(w)) return false;
        return true;
    }

    static boolean syllable(String word) {
        return SYLLABLE.matcher(plain(word)).matches();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern VIETNAMESE_MARK = Pattern.compile("[\\u0309\\u0323\\u031B\\u0306]|\\u0302\\p{M}|\\p{M}\\u0302");

    /** Lower case without tone marks, đ as d. */
    static String plain(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Marks only Vietnamese writes: đ, a hook above, a dot below, a horn, a breve, or a tone on a circumflex. */
    static boolean marked(String word) {
        if (word.indexOf('đ') >= 0 || word.indexOf('Đ') >= 0) return true;
        return VIETNAMESE_MARK.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).find();
    }

    /** An administrative word or a facility stands right before: what follows is a place (xã Tân Thanh, Bệnh viện Đông Nam). */
    static boolean placeBefore(String text, int start) {
        return PLACE_BEFORE.matcher(text.substring(Math.max(0, start - 14), start)).find();
    }
}
