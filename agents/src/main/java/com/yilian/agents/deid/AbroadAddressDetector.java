package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses abroad, and Chinese ones written in English, by the levels each country writes in its own form: Vietnam's
 * thôn and phường, Russia's ул. and кв., Malaysia's Jalan, Tibet's རྫོང, Korea's 구 and 동, Japan's 〒 and 丁目, Europe's
 * street, house number and postcode. No cue is needed: two levels, or a street with its postcode, say it is a place
 * someone lives. A Chinese chain of 省 市 县 is {@link AddressDetector}'s.
 */
final class AbroadAddressDetector implements Detector {
    // Vietnam names its levels before each part, with or without tone marks (thôn Nà Pàn, xã Tân Thanh, huyện Văn
    // Lãng, tỉnh Lạng Sơn; số 21 đường Hùng Vương, phường Ka Long; Xom Po Peo, Xa Dam Thuy): two parts or more.
    // A city's lane and alley (ngõ 82 phố Huế) are levels too.
    private static final String VIETNAM_LEVEL = "(?:(?i:thôn|xóm|xom|thon|bản|khối|khoi|đường|duong|phường|phuong|xã|xa"
            + "|thị trấn|thi tran|huyện|huyen|quận|quan|thành phố|thanh pho|tỉnh|tinh|tổ|ấp|ngõ|ngách|hẻm|phố))";
    private static final String VIETNAM_PART = VIETNAM_LEVEL + " [\\p{Lu}\\d][\\p{L}\\d]*(?: [\\p{Lu}\\d][\\p{L}\\d]*){0,3}";
    private static final Pattern VIETNAM_ADDRESS = Pattern.compile("(?<![\\p{L}\\d])(?:(?i:số) \\d+[A-Za-z]? )?" + VIETNAM_PART
            // A city writes its house, lane and street without commas (Số 16 ngõ 82 phố Huế).
            + "(?:,? " + VIETNAM_PART + "){1,6}"
            // …then the district and city by name alone (, Hai Bà Trưng, Hà Nội; , TP. Hồ Chí Minh).
            + "(?:, (?:TP\\. )?\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,3}(?![\\p{L}\\d])){0,2}");
    // A Chinese address written in English by its levels (Group 7, Village 1, Toghraq Township, Achatagh County; No. 16
    // Ittipaq Road, Kumbagh): two parts or more.
    private static final String LATIN_NAME = "[A-Z][a-z]+(?: [A-Z][a-z]+)?";
    private static final String ENGLISH_PART = "(?:(?:Group|Team|Village|Brigade|Company|Building|Unit|Room|Block|Villa|Street|Flat"
            + "|Apartment|Rm\\.?|Bldg\\.?) \\d{1,4}"
            // A campus dorm by its name, then the university and its campus (Zijing Court, Shicheng University Xianlin Campus).
            + "|" + LATIN_NAME + " (?:Dormitory|Court|Hall|Apartments)"
            + "|" + LATIN_NAME + " (?:University|College)(?: [A-Z][a-z]+ Campus)?|" + LATIN_NAME + " Campus"
            // A house's number first, before its team or village (No. 14, Group 7, Nanguan Village).
            + "|No\\. ?\\d{1,5}(?=, ?(?:Group|Team|Village|Brigade) )"
            + "|No\\. ?\\d{1,5} " + LATIN_NAME + " (?:Road|Street|Avenue|Lane)"
            + "|" + LATIN_NAME + " (?:Township|Town|County|Prefecture|District|Village|Road|Street|Avenue)"
            // Hong Kong: the flat, its floor, the block and the estate (Flat 3008, 30/F, Lok Shun House, Lok Fu Estate).
            + "|Flat \\d{1,4}[A-Z]?|\\d{1,2}/F|" + LATIN_NAME + " (?:House|Estate|Court|Mansion|Building|Garden|Gardens|Tower))";
    // …then the district and region by name (, Wong Tai Sin, Kowloon; , New Territories).
    private static final Pattern ENGLISH_LEVELS = Pattern.compile("(?<![\\p{L}\\d])" + ENGLISH_PART + "(?:, ?" + ENGLISH_PART
            + ")*(?:, ?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?!\\p{IsLatin})){0,2}");
    // Russia writes each level's abbreviation first (г. Иркутск, ул. Карла Маркса, д. 47, кв. 115): two parts or more.
    private static final String RUSSIAN_PART = "(?:г\\.|ул\\.|пр\\.|пр-т|пер\\.|д\\.|кв\\.|корп\\.|обл\\.|р-н|пос\\.|с\\.) ?"
            + "[\\p{IsCyrillic}\\d][\\p{IsCyrillic}\\d-]*(?: [\\p{IsCyrillic}\\d][\\p{IsCyrillic}\\d-]*){0,2}";
    private static final Pattern RUSSIAN_ADDRESS = Pattern.compile("(?<![\\p{IsCyrillic}\\p{IsLatin}\\d])" + RUSSIAN_PART
            + "(?:, " + RUSSIAN_PART + "){1,6}");
    // Malaysia and Indonesia open with the street (No. 99, Jalan Hainan 9, 93000 Kuching, Sarawak; Jl. Pemuda No. 38,
    // Jakarta Barat 11110), Singapore with the block (Blk 247 Bedok North Ave 2, #15-334), then the town and state.
    // A Selangor street is numbered by its section (Jalan SS2/24); a plot of land stands for the house (Lot 97).
    private static final String LATIN_WORDS = "#?[A-Z0-9][\\p{IsLatin}\\d/-]*(?: [A-Z0-9][\\p{IsLatin}\\d/-]*){0,3}";
    private static final Pattern MALAY_ADDRESS = Pattern.compile("(?<![\\p{IsLatin}\\d])(?:(?:No\\.|Lot) ?\\d+[A-Z]?, )?"
            + "(?:Jalan|Jln\\.|Jl\\.|Lorong|Persiaran|Lebuh|Gang|Taman|Kampung|Kg\\.|(?:Blk|Block) \\d+[A-Z]?) " + LATIN_WORDS
            + "(?: No\\. ?\\d+[A-Z]?)?(?:, " + LATIN_WORDS + "){1,4}");
    // Tibetan script names each level after its name (ལ་ཆུ་རྫོང་ སྟག་རྩེ་ཐང་ཤང་ གྲོང་ཚོ་7: county, township, village; a
    // city, its road and the number): two parts or more, digits already folded.
    private static final String TIBETAN_LEVEL = "(?:རྫོང|ཤང|གྲོང་ཚོ|གྲོང་ཁྱེར|ལམ|ཨང|ས་ཁུལ|ཁུལ|སྡེ་ཚན|ཚོ་ཆུང|ཡུལ་ཚོ|འབྲོག་སྡེ)";
    private static final String TIBETAN_PART = "(?:[\\u0F40-\\u0FBC]+་)*" + TIBETAN_LEVEL + "(?:་?\\s?\\d+|་)?";
    private static final Pattern TIBETAN_ADDRESS = Pattern.compile("(?<![\\u0F40-\\u0FBC་])" + TIBETAN_PART + "(?: "
            + TIBETAN_PART + "){1,5}");
    // Korea: a province or metropolitan city, its city, county or district, then a neighbourhood or road and the lot,
    // building and flat (서울특별시 마포구 서교동 978-14 103동 2403호).
    private static final String KOREAN_TOP = "\\p{IsHangul}{1,8}(?:특별시|광역시|특별자치시|특별자치도|도)";
    private static final Pattern KOREAN_ADDRESS = Pattern.compile("(?<!\\p{IsHangul})(?:" + KOREAN_TOP + " )?"
            + "\\p{IsHangul}{1,6}(?:시|군|구)(?: \\p{IsHangul}{1,6}(?:구|시|군))? \\p{IsHangul}{1,8}\\d{0,3}(?:동|읍|면|리|로|길|가)"
            + "(?: \\d{1,5}(?:-\\d{1,5})?(?:번지)?)?(?: \\d{1,4}동)?(?: \\d{1,5}호)?(?![\\p{IsHangul}\\d])");
    private static final Pattern KOREAN_TOP_OR_NUMBER = Pattern.compile(KOREAN_TOP + "|\\d");
    // Japan: a postcode after 〒 opens the address, to the end of its field; without it, a prefecture down to its
    // chōme (福岡県福岡市博多区博多駅前1丁目34-4). Kanji such as 県 keep their Japanese form.
    private static final Pattern JAPANESE_POSTCODE = Pattern.compile(
            "〒\\s?\\d{3}-\\d{4}[ \u3000]?[^\\n，。；;|,]{2,60}?(?=$|[\\n，。；;|,]|[ \u3000]{2}|[ \u3000]?(?:電話|电话|TEL|Tel))",
            Pattern.MULTILINE);
    private static final Pattern JAPANESE_CHOME = Pattern.compile("\\p{IsHan}{1,3}[都道府県县]"
            + "(?:[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,6}?[市区郡町村]){1,3}[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{0,8}?"
            + "\\d{1,2}丁目(?:\\d{1,4}(?:-\\d{1,4}){0,2})?(?:番地?|号)?");
    // Europe: a street and its number, maybe a floor or door, then the postcode and town (Calle de Alcalá 3, 1º C,
    // 28009 Madrid; Hauptstraße 13, 80331 München; Rua Augusta 10, 3.º Esq., 1250-096 Lisboa; 12 rue de la Paix,
    // 75002 Paris). The postcode and town after a numbered street is what tells it from a sentence.
    private static final String STREET_WORDS = "\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|de|del|la|las|los|da|do|dos|das|di"
            + "|della|van|von|der|den|du|des|le|y|rue|avenue|boulevard|chemin|allée|impasse|place|quai)){0,4}";
    private static final Pattern EUROPEAN_ADDRESS = Pattern.compile("(?<![\\p{L}\\d])(?:" + STREET_WORDS
            + ",? \\d{1,4}[a-zA-Z]?(?:[/-]\\d{1,4})?"
            + "|\\d{1,4}(?:bis|ter)?,? (?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|via|viale|piazza|corso)"
            + "(?: " + "[\\p{L}'’.-]+){1,4})"
            + "(?:, [^,\\n]{1,16}){0,2}(?:, | - )(?:[A-Z]{1,2}-)?\\d{4,5}(?:-\\d{3}| [A-Z]{2})? \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?"
            // Italy adds the province, the Netherlands and Italy the country (59100 Prato (PO), Italia; 1012 BB Amsterdam).
            + "(?: \\([A-Z]{2}\\))?(?:, (?:Italia|Italy|España|Spain|France|Nederland|Netherlands|Österreich|Austria"
            + "|Deutschland|Germany|Portugal|Belgique|België|Schweiz|Suisse))?");

    // Macau and Portugal: the street's kind first, its name, the number, then the building, floor and flat, the town
    // (Rua do Regedor 165, Edf. Mar Azul, 21 andar H, Taipa; Travessa do Pagode, n.º 183, …, 11.º andar F, Macau).
    private static final Pattern PORTUGUESE_ADDRESS = Pattern.compile("(?<![\\p{L}\\d])(?:Rua|Travessa|Avenida|Estrada|Largo|Beco"
            + "|Calçada|Praça|Alameda|Rampa|Pátio) (?:d[aoe]s? |de )?\\p{Lu}[\\p{L}.'-]*(?: (?:d[aoe]s?|de|e) ?\\p{Lu}?[\\p{L}.'-]*"
            + "| \\p{Lu}[\\p{L}.'-]*){0,5},? (?:n\\.º )?\\d{1,4}[A-Z]?"
            + "(?:, (?:Edf\\.|Edifício|Bloco|Torre) [^,\\n]{2,40})?(?:, (?:\\d{1,2}\\.?º? andar [A-Z0-9]{1,2}|r/c [A-Z0-9]{1,2}))?"
            + "(?:, (?:Macau|Taipa|Coloane|Lisboa|Porto))?");
    // The Philippines: the settlement, the barangay, then town and province (Purok 4, Brgy. San Isidro, Bauang, La Union).
    private static final Pattern PHILIPPINE_ADDRESS = Pattern.compile("(?<![\\p{L}\\d])(?:Purok|Sitio|Blk\\.?|Lot) \\d+[A-Z]?"
            + ", (?:Brgy\\.|Barangay) \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}){0,3}");

    // Thailand: house number, village (Moo) or lane (Soi), then subdistrict, district, province and postcode, in Latin
    // or in Thai (32 Moo 1, Tambon Si Racha, Amphoe Si Racha, Changwat Chon Buri 20110; 71 หมู่ 2 ตำบลศรีราชา …).
    private static final Pattern THAI_LATIN = Pattern.compile("(?<![\\p{L}\\d/])\\d{1,4}(?:/\\d{1,4})? (?:Moo \\d{1,2}|Soi [^,\\n]{1,30})"
            + "(?:, (?:Moo \\d{1,2}|Soi [^,\\n]{1,30}|(?:Tambon|Khwaeng|Amphoe|Khet|Changwat|Thanon) [^,\\n]{1,30}"
            + "|\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)? \\d{5})){1,5}");
    private static final Pattern THAI_SCRIPT = Pattern.compile("(?<![\\d/])\\d{1,4}(?:/\\d{1,4})? (?:หมู่ \\d{1,2}|ซอย\\S+(?: \\d{1,3})?)"
            + "(?: (?:ตำบล|แขวง|อำเภอ|เขต|จังหวัด|ถนน)\\S+| \\d{5}| กรุงเทพมหานคร){1,6}");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        for (Pattern levels : List.of(VIETNAM_ADDRESS, ENGLISH_LEVELS, TIBETAN_ADDRESS, RUSSIAN_ADDRESS, MALAY_ADDRESS,
                KOREAN_ADDRESS, JAPANESE_POSTCODE, JAPANESE_CHOME, EUROPEAN_ADDRESS, PORTUGUESE_ADDRESS, PHILIPPINE_ADDRESS, THAI_LATIN,
                THAI_SCRIPT)) {
            // The scripts' own patterns are tried only where the script stands: most records have none.
            if (levels == TIBETAN_ADDRESS && !NameContext.hasScript(text, Character.UnicodeScript.TIBETAN)
                    || levels == RUSSIAN_ADDRESS && !NameContext.hasScript(text, Character.UnicodeScript.CYRILLIC)
                    || levels == KOREAN_ADDRESS && !NameContext.hasScript(text, Character.UnicodeScript.HANGUL)
                    || levels == THAI_SCRIPT && !NameContext.hasScript(text, Character.UnicodeScript.THAI)) {
                continue;
            }
            Matcher m = levels.matcher(text);
            while (m.find()) {
                if (levels == ENGLISH_LEVELS && !m.group().contains(",")) continue;
                if (levels == KOREAN_ADDRESS && !KOREAN_TOP_OR_NUMBER.matcher(m.group()).find()) continue;
                out.add(new Span(m.start(), m.end(), EntityKind.ADDRESS));
            }
        }
        return out;
    }
}
