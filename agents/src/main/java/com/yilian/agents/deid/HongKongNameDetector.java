package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chinese names in Hong Kong's romanisation of Cantonese, as identity cards, hospitals and insurers write them: the
 * surname in capitals before a hyphenated given name (LEE Tat-san, Cherie TAU Ka-yee, and a married woman's LAW TAM
 * Sui-hing), the given name first (Sui-hing Tam), in capitals throughout (WONG YUK SHIM), and with the English name
 * after the Chinese one (Tsang Wai Ching Josephine). The surname must be a Hong Kong one and, without a hyphen, every
 * given word a Cantonese syllable, so that English prose is never read as a name.
 */
final class HongKongNameDetector implements Detector {
    private static final Set<String> SURNAMES = words("Au Auyeung Chai Chak Cham Chan Chau Cheng Cheuk Cheung Chik Chim Ching Chiu "
            + "Cho Choi Chong Chow Chu Chuk Chun Chung Fan Fok Fong Fu Fung Ha Hau Heung Hin Ho Hon Hui Hung Ip Kan Kei Ko "
            + "Kong Koo Kot Kuk Kung Kwan Kwok Kwong Lai Lam Lau Law Lee Leung Li Liu Lo Lok Lui Luk Lung Ma Mak Man Mo Mok "
            + "Muk Ng Ngai Pang Pat Poon Sham Shek Shiu Shum Sin Siu So Sung Sze Szeto Tai Tam Tang Tau To Tong Tsang Tse "
            + "Tso Tsoi Tsui Tung Wai Wan Wong Woo Wu Yam Yan Yau Yeung Yim Yip Yiu Yu Yuen Yung");
    private static final Set<String> SYLLABLES = words("Ah Bik Bo Chak Chan Chau Cheong Cheuk Cheung Chi Chik Chin Ching "
            + "Chiu Choi Chuen Chui Chun Chung Fai Fan Fat Fei Fong Fook Fu Fuk Fung Ha Hang Hau Hei Heung Hin Hing Hiu Ho "
            + "Hoi Hon Hong Hung Ka Kai Kam Kan Kei Keung Ki Kin King Kit Kiu Ko Kuen Kui Kwai Kwan Kwok Kwong Lai Lam Lap "
            + "Lei Leung Lik Lim Lin Ling Lok Lun Lung Man Mei Miu Ming Mo Mui Mun Nam Nga Ngai Ngan Ngok Oi On Pak Pan Pik "
            + "Ping Po Pong Pui Sai Sam San Sau Shan Sheung Shim Shing Shu Shuk Shun Shui Si Sik Sim Sin Sing Siu Sui Suk Sum "
            + "Sun Sze Tai Tak Tat Tim Tin Ting To Tong Tsan Tsun Tsz Tung Wa Wah Wai Wan Wing Wo Wui Yan Yat Yee Yi Yik Yim "
            + "Yin Ying Yip Yiu Yu Yue Yuen Yuet Yuk Yung Him Chit Ngo Lan Yeuk");
    // Districts and estates spelt with the same syllables are places, not people.
    private static final Set<String> PLACES = Set.of("Tin Shui Wai", "Sha Tin", "Wong Tai Sin", "Kwun Tong", "Tai Po",
            "Sai Kung", "Tuen Mun", "Yuen Long", "Tai Wai", "Lok Fu", "Po Lam", "Wah Fu", "Shek Kip Mei", "Sham Shui Po",
            "Ho Man Tin", "Lai Chi Kok", "Fo Tan", "Ma On Shan", "Tsz Wan Shan", "Tai Koo", "Siu Sai Wan", "Heng Fa Chuen",
            "Lam Tin", "Chai Wan", "Choi Hung", "Yau Tong", "Fan Ling", "Tung Chung", "Tai Hang", "Wo Che", "Lok Wah");
    private static final String CAPS = "\\p{Lu}{1,7}";
    private static final String HYPHENATED = "\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}";
    private static final String WORD = "\\p{Lu}\\p{Ll}{1,12}";
    // LEE Tat-san, LAW TAM Sui-hing, Cherie TAU Ka-yee, TSANG Wai-ching Josephine.
    private static final Pattern CAPITAL_SURNAME = Pattern.compile("(?<![\\p{IsLatin}'’-])(?:(" + WORD + ") )?((?:" + CAPS + " ){1,2})"
            + HYPHENATED + "(?: (" + WORD + ")(?![\\p{IsLatin}-]))?(?![\\p{IsLatin}-])");
    // YIP, Yuet Kiu: the surname in capitals, a comma, then the given syllables.
    private static final Pattern SURNAME_COMMA = Pattern.compile("(?<![\\p{IsLatin}'’-])(\\p{Lu}{2,7}), (\\p{Lu}\\p{Ll}{0,6}"
            + "(?: \\p{Lu}\\p{Ll}{0,6}){0,2})(?![\\p{IsLatin}'’-])");
    // Fanny Choi, Sherman Lai: an English given name before a surname that is no English word.
    private static final Pattern ENGLISH_GIVEN = Pattern.compile("(?<![\\p{IsLatin}'’-])(\\p{Lu}\\p{Ll}{2,10}) (\\p{Lu}\\p{Ll}{2,6})"
            + "(?![\\p{IsLatin}'’-])");
    private static final Set<String> UNAMBIGUOUS = words("Chan Chau Cheng Cheung Chiu Chow Choi Chong Chung Fong Fung Hui "
            + "Kwan Kwok Kwong Lai Lam Lau Leung Liu Lui Luk Mak Mok Ngai Pang Poon Shek Siu Tam Tang Tsang Tse Tsoi Tsui "
            + "Wong Woo Yau Yeung Yip Yiu Yuen Yung Cham Tau Auyeung Szeto Cheuk Chik");
    private static final Set<String> TITLES = words("Dr Mr Mrs Ms Miss Madam Mdm Prof Sir Nurse");
    // Sui-hing Tam, Ka-kei WONG.
    private static final Pattern GIVEN_FIRST = Pattern.compile("(?<![\\p{IsLatin}'’-])" + HYPHENATED + " (\\p{Lu}\\p{L}{1,6})(?![\\p{IsLatin}-])");
    // WONG YUK SHIM, Tsang Wai Ching Josephine, Mak Woo Kit Fong: a surname, then syllables, then perhaps an English name.
    private static final Pattern SYLLABLE_RUN = Pattern.compile("(?<![\\p{IsLatin}'’-])(\\p{Lu}\\p{L}{0,6})((?: \\p{Lu}\\p{L}{0,6}){1,4})"
            + "(?![\\p{IsLatin}'’-])");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        for (Matcher m = CAPITAL_SURNAME.matcher(text); m.find(); ) {
            if (Arrays.stream(m.group(2).trim().split(" ")).allMatch(w -> SURNAMES.contains(EnglishVocabulary.capitalised(w)))) {
                // An English name before or after belongs to the person; a title or an ordinary word does not.
                int start = m.group(1) != null && !notName(m.group(1)) ? m.start() : m.start(2);
                int end = m.group(3) != null && notName(m.group(3)) ? m.start(3) - 1 : m.end();
                out.add(new Span(start, end, EntityKind.NAME));
            }
        }
        for (Matcher m = GIVEN_FIRST.matcher(text); m.find(); ) {
            if (SURNAMES.contains(EnglishVocabulary.capitalised(m.group(1)))) out.add(new Span(m.start(), m.end(), EntityKind.NAME));
        }
        for (Matcher m = SURNAME_COMMA.matcher(text); m.find(); ) {
            if (SURNAMES.contains(EnglishVocabulary.capitalised(m.group(1)))
                    && Arrays.stream(m.group(2).split(" ")).allMatch(w -> SYLLABLES.contains(EnglishVocabulary.capitalised(w)))) {
                out.add(new Span(m.start(), m.end(), EntityKind.NAME));
            }
        }
        for (Matcher m = ENGLISH_GIVEN.matcher(text); m.find(); ) {
            String given = m.group(1);
            if (UNAMBIGUOUS.contains(m.group(2)) && !notName(given) && !SURNAMES.contains(given) && !SYLLABLES.contains(given)
                    && PLACES.stream().noneMatch(p -> m.group().contains(p))) {
                out.add(new Span(m.start(), m.end(), EntityKind.NAME));
            }
        }
        // A run that is no name may still hold one after its first word (Madam CHEUNG LEUNG TAI TAI).
        Matcher m = SYLLABLE_RUN.matcher(text);
        for (int from = 0; from < text.length() && m.find(from); ) {
            Span run = syllableName(text, m);
            if (run != null) out.add(run);
            from = run != null ? m.end() : m.end(1);
        }
        return out;
    }

    /** A surname and two syllables at least, or a surname and one in capitals (MOK MUI); an English name may close it. */
    private static Span syllableName(String text, Matcher m) {
        if (!SURNAMES.contains(EnglishVocabulary.capitalised(m.group(1)))) return null;
        boolean capitals = m.group().equals(m.group().toUpperCase());
        List<String> rest = Arrays.asList(m.group(2).trim().split(" "));
        // A married woman keeps her own surname after her husband's (CHEUNG LEUNG Tai-tai, Mak Woo Kit Fong).
        int syllables = rest.size() > 2 && SURNAMES.contains(EnglishVocabulary.capitalised(rest.get(0))) ? 1 : 0;
        while (syllables < rest.size() && SYLLABLES.contains(EnglishVocabulary.capitalised(rest.get(syllables)))) syllables++;
        // Mixed case needs two syllables; an English name may follow them (Ho Hiu Ching Gladys).
        boolean english = !capitals && syllables == rest.size() - 1 && syllables >= 2
                && rest.get(syllables).matches("\\p{Lu}\\p{Ll}{2,12}") && !notName(rest.get(syllables));
        if (syllables < rest.size() && !english) return null;
        if (syllables < (capitals ? 1 : 2)) return null;
        String name = m.group();
        if (PLACES.stream().anyMatch(p -> name.toLowerCase(Locale.ROOT).contains(p.toLowerCase(Locale.ROOT)))) return null;
        return new Span(m.start(), m.end(), EntityKind.NAME);
    }

    private static boolean notName(String word) {
        return TITLES.contains(word) || EnglishVocabulary.contains(word);
    }

    private static Set<String> words(String list) {
        return Arrays.stream(list.split(" ")).collect(Collectors.toUnmodifiableSet());
    }
}
