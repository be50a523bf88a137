package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mongolian and Russian names in Cyrillic: with an initial (Л.Ариунаа, Ж. Баярсайхан), after the father's name in the
 * genitive (Доржийн Бат-Эрдэнэ), with a Russian patronymic (Пак Виктор Дмитриевич), after a name, doctor or
 * interpreter key or a greeting (Нэр: Ууганбаяр, Сайн байна уу Мөнхбат,), or a capitalised word standing alone among
 * Chinese text (家属Сарангэрэл确认). Words of a Cyrillic sentence or address have other Cyrillic near them and are left
 * alone; a key before its colon (Утас:) is none.
 */
final class CyrillicNameDetector implements Detector {
    private static final String NAME = "(?:\\p{Lu}(?=\\p{IsCyrillic}))\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
    // Chinese may stand right before it (家属Т. Оюунчимэг).
    private static final Pattern INITIAL = Pattern.compile(
            "(?<!\\p{IsCyrillic})(\\p{Lu}\\.\\s?" + NAME + ")(?!\\p{L})");
    // …or after it, with the patronymic's initial too, as Russian forms write it (Смирнова Е. А.).
    private static final Pattern TRAILING_INITIALS = Pattern.compile(
            "(?<!\\p{L})(" + NAME + " \\p{Lu}\\.(?:\\s?\\p{Lu}\\.)?)(?![\\p{L}.])");
    // The father's name in the genitive first (Доржийн, Батын, Ганбаатарын).
    private static final Pattern PATRONYMIC = Pattern.compile(
            "(?<!\\p{L})(" + NAME + "(?:ийн|ын|ны|ий|ин) " + NAME + ")(?!\\p{L})");
    // Kyrgyz and Kazakh write the father's name with "son" or "daughter" after it (Айбек Токтосун уулу, Айтурган
    // Токон кызы, Айгүл Серікқызы, Асқар Дәулетұлы).
    private static final Pattern SON_OR_DAUGHTER = Pattern.compile("(?<!\\p{L})(" + NAME + " (?:" + NAME
            + " (?:уулу|кызы)|\\p{Lu}\\p{Ll}+(?:ұлы|улы|уулу|қызы|кызы)))(?!\\p{L})");
    // A Russian patronymic marks a name with or without the surname before or after it (Пак Виктор Дмитриевич, Оксана
    // Юрьевна, Денис Аркадьевич Савельев).
    private static final Pattern RUSSIAN_PATRONYMIC = Pattern.compile("(?<![\\p{IsCyrillic}\\p{IsLatin}])((?:" + NAME
            + " )?" + NAME + " \\p{Lu}\\p{Ll}+(?:ович|евич|ьич|овна|евна|ична|инична)(?: " + NAME + "(?=[\\s,.;:，。；]|$))?)"
            + "(?![\\p{IsCyrillic}\\p{IsLatin}])");
    // Keys for name, doctor, interpreter and patient (Mongolian, then Russian), and a greeting ("hello").
    private static final Pattern KEYED = Pattern.compile("(?:Нэр|Эмч|Орчуулагч|Өвчтөн|Имя|Врач|Пациент|ФИО|Аты-жөні|Дәрігер)"
            + "\\s*[:：]\\s*(" + NAME + "(?: " + NAME + "){0,2})(?!\\p{L})|Сайн байна уу,? (" + NAME + ")(?!\\p{L})");
    // A key may stand without its colon (Утас 0477…: phone; address, diagnosis, date, doctor).
    private static final Pattern ALONE = Pattern.compile("(?<!\\p{L})(?!(?:Утас|Хаяг|Онош|Огноо|Эмч|Нэр|Телефон|Адрес"
            + "|Диагноз)(?!\\p{L}))(" + NAME + ")(?![\\p{L}:：])");
    private static final int NEAR = 10;

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        for (Pattern p : List.of(INITIAL, TRAILING_INITIALS, PATRONYMIC, SON_OR_DAUGHTER, RUSSIAN_PATRONYMIC, KEYED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                out.add(new Span(m.start(g), m.end(g), EntityKind.NAME));
            }
        }
        Matcher alone = ALONE.matcher(text);
        while (alone.find()) {
            if (!NameContext.scriptNearInItem(text, alone.start(), alone.end(), Character.UnicodeScript.CYRILLIC, NEAR)) {
                out.add(new Span(alone.start(), alone.end(), EntityKind.NAME));
            }
        }
        return out;
    }
}
