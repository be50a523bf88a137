package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names romanised outside pinyin, which the English name lists do not hold: Burmese names, two to four syllables of
 * the common name vocabulary (Soe Moe Naing, MYAT THU ZAR), and the Chinese names of Malaysia, Singapore and Indonesia
 * in Hokkien, Cantonese, Hainanese or Hakka spelling, a surname and two given syllables (Phoo Siew Hong, WOON KAH
 * LEONG), an English given name before them belonging to the name (Alice Foo Siew Eng), and Nuosu Yi names in Yi
 * romanisation (Qubi Rrymo). Every syllable must be on its list or of its syllable form, so a run of English words is
 * never read as one.
 */
final class RomanisedAsianNameDetector implements Detector {
    private static final Set<String> BURMESE = words("Aung Kyaw Soe Moe Naing Myat Thu Zar Ei Mon Htun Lin Zaw Thet Paing "
            + "Win Myint Hla Khin Nyein Su Thin Thant Zin Tun Oo Min Htet Wai Yan Phyo Nay Ye Hein Pyae Sone Thiri Khaing "
            + "Nwe Yi Mya Mar Sandar Cho Nilar Thida Wint Yamin Htay Kyi San Shwe Tin Nyi Nyunt Than Thein Myo Hnin Wut Yee "
            + "Hlaing Pyone Ohn Sein Chit Kyu Lwin Phyu Ngwe Sithu Zeyar Kaung Khant Lu Myat Nandar Thazin Ni Hsu Htoo Nyan "
            + "Zayar Khaing Thiha Wunna Lwin Aye Thwe May Kyawt Hsan Hsaing Hseng Seng Lao Noe Ngon");
    private static final Set<String> SEA_SURNAMES = words("Tan Lim Lee Ng Wong Chan Ong Goh Teo Koh Chua Yeo Khoo Low Lau "
            + "Leong Cheong Chong Yap Loh Ho Foo Hoo Phoo Woon Tay Toh Sim Seah Quek Heng Chia Kwek Pang Poh Neo Soh Choo "
            + "Liew Kang Kok Lam Leow Lai Yong Tee Chin Chew Lum Mok Tang Yeoh Ooi Oei Kwan Siow Soo Hew Fong Foong Yip "
            + "Yau Ang Boey Wee Seow Sia Thong Tiong Teh Chai Cheah Khor Kuah Phua Phang Pua Tham Thio Ting Hii Liong "
            + "Phoon Hon Pung Voon Khaw Kee Lok Siew Chiam Gan "
            // …and of Hong Kong and Macau (LEI Ka Man, Leung Tsz-ching, IEONG Kai Tai).
            + "Leung Cheng Lei Ieong Cheung Chau Kwok Tse Tsang Fung Yeung Mak Siu Tam Hui Au Choi Kong Chiu Lo Shum "
            + "Tong Lui Kwong Wu Sit Ngai Li");
    private static final Set<String> SEA_GIVEN = words("Ah Siew Mei Kim Kah Chee Hong Eng Loy Leong Chin Boon Teck Seng Keng "
            + "Huat Beng Choon Hock Kiat Meng Wei Ling Ying Hui Li Lian Lan Geok Poh Swee Soon Yong Kok Kiang Cheng Chong "
            + "Heng Hwa Hwee Jin Juan Kai Kee Khim Kian Kiong Kuan Kwee Lay Lee Liang Lin Lip Lock Mun Nam Peng Ping Sang "
            + "Sek Sen Seow Shan Sin Siang Sing Siong Sok Suan Sze Tat Tee Tian Tiong Tong Wah Wai Wan Yee Yen Yew Yin Yoke "
            + "Yuen Fook Fatt Foon Kuen Lai Man Ming Kwok Keong Choy Khai Guan Yan Hoe Koon Ai Bee Cher Chuan Gek Hua "
            + "Kheng Khoon Fah Foo Hin Kow Lai Leng Mee Nyuk Phin Sai Shin Soo Thim Voon Yit Yun "
            + "Ka Tsz Ching Hiu Chun Ho Kwan Tai Wing Hei Lok Long Chi Fai Kit Kin Shing Yiu Pui Wa Tin Hoi Kwai Suet "
            + "Yu Sum Fung Kam Ngai Cheuk Hang Tung");
    // One romanised Chinese syllable of any dialect (Vui, Siaw, Moi, Chung): initial, vowels, final.
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:tsz|ts|ch|sh|kw|gw|ng|[bcdfghjklmnpqrstvwyz])?h?[aeiouy]{1,3}(?:ng|n|m|p|t|k|h|w)?");
    // Places spelt as names are (Wong Tai Sin, a district of Kowloon).
    private static final Set<String> NOT_PEOPLE = Set.of("Wong Tai Sin");
    // Nuosu Yi in its own romanisation (Qubi Rrymo, Jjike Vuniu): every word made of Yi syllables (initial, final, tone
    // letter), and one with what only Yi spelling has: a doubled or prenasalised initial, the finals yr, ur, uo or ie,
    // or y as a vowel.
    private static final Pattern YI_WORD = Pattern.compile("(?:(?:bb|nb|dd|nd|hl|gg|mg|hx|ng|zz|nz|ss|zh|ch|rr|nr|sh"
            + "|jj|nj|ny|[bpmfvdtnlgkhwzcsrjqxy])?(?:ie|uo|ur|yr|[iaoeuy])[txp]?)+");
    private static final Pattern YI_MARK = Pattern.compile("bb|nb|dd|nd|hl|gg|mg|hx|zz|nz|ss|rr|nr|jj|nj|ny|yr|ur|uo|ie"
            + "|[^aeiouy]y");
    private static final String WORD = "\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)(?:-\\p{L}+)?";
    private static final Pattern RUN = Pattern.compile("(?<![\\p{IsLatin}'’-])" + WORD + "(?:[ -]" + WORD + "){1,4}(?![\\p{IsLatin}'’-])");
    private static final Pattern TOKEN = Pattern.compile(WORD);

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            List<int[]> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(text).region(run.start(), run.end());
            while (t.find()) tokens.add(new int[] {t.start(), t.end()});
            // A hyphenated given name is two syllables (Tsz-ching).
            List<String> words = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (int[] x : tokens) {
                for (String part : text.substring(x[0], x[1]).split("-")) {
                    words.add(EnglishVocabulary.capitalised(part));
                    spans.add(x);
                }
            }
            tokens = spans;
            Span s = burmese(words, tokens);
            if (s == null) s = southeastAsianChinese(text, words, tokens);
            if (s == null) s = yi(words, tokens);
            if (s != null) out.add(s);
        }
        return out;
    }

    // Two to four Burmese syllables, at least one not also an English word (Win, Tin, May, San).
    private static Span burmese(List<String> words, List<int[]> tokens) {
        if (words.size() > 4 || !BURMESE.containsAll(words)) return null;
        if (words.stream().allMatch(w -> EnglishVocabulary.listed(w) || EnglishNameDetector.knownName(w))) return null;
        return new Span(tokens.get(0)[0], tokens.get(tokens.size() - 1)[1], EntityKind.NAME);
    }

    // A surname and two given syllables, the last three words of the run; an English given name before them joins,
    // and then any dialect's syllable is a given one (Jason Fung Vui Kong, Melissa Kong Siaw Lin).
    private static Span southeastAsianChinese(String text, List<String> words, List<int[]> tokens) {
        int n = words.size();
        if (n < 3) return null;
        int surname = n - 3;
        if (!SEA_SURNAMES.contains(words.get(surname))) return null;
        boolean english = surname > 0 && westernGiven(words.get(surname - 1), text.substring(tokens.get(surname)[0],
                tokens.get(surname)[1]));
        if (!givenSyllable(words.get(n - 2), english) || !givenSyllable(words.get(n - 1), english)) return null;
        if (NOT_PEOPLE.contains(String.join(" ", words.subList(surname, n)))) return null;
        return new Span(tokens.get(english ? surname - 1 : surname)[0], tokens.get(n - 1)[1], EntityKind.NAME);
    }

    // Sylvie and Nadège are not on the English list: a capitalised word outside the vocabulary stands for one, unless
    // the surname after it is in capitals (Macau IEONG Kai Tai): the name starts at the marked surname then.
    private static boolean westernGiven(String word, String surnameAsWritten) {
        return EnglishNameDetector.knownName(word) || word.length() >= 3 && !EnglishVocabulary.contains(word)
                && !surnameAsWritten.chars().allMatch(Character::isUpperCase);
    }

    private static boolean givenSyllable(String word, boolean afterEnglishName) {
        return SEA_GIVEN.contains(word)
                || afterEnglishName && SYLLABLE.matcher(word.toLowerCase(Locale.ROOT)).matches();
    }

    // Two or three words of Yi syllables, one marked as Yi, none an English word.
    private static Span yi(List<String> words, List<int[]> tokens) {
        if (words.size() > 3 || words.stream().anyMatch(w -> w.length() < 2 || EnglishVocabulary.listed(w)
                || !YI_WORD.matcher(w.toLowerCase(Locale.ROOT)).matches())) {
            return null;
        }
        if (words.stream().noneMatch(w -> YI_MARK.matcher(w.toLowerCase(Locale.ROOT)).find())) return null;
        return new Span(tokens.get(0)[0], tokens.get(tokens.size() - 1)[1], EntityKind.NAME);
    }

    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.split(" ")));
    }
}
