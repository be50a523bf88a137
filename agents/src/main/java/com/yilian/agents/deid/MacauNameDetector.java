package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese names in Macau's Portuguese-based romanisation of Cantonese, as Macau identity cards and registers write
 * them: the surname, then two given syllables (LAM Weng Si, Lao Pou I, IEONG MEI KEI), in Western order with the
 * surname last (Sau Ngo U), and with a Portuguese given name before or after (Paulo Chao Wai Hou, LAO POU I MARIA).
 * Every word must be a Macau surname or given syllable, so English or Portuguese prose is never read as one; the
 * syllables that are also place names in Macau and Hong Kong (Fai Chi Kei, Ho Man Tin) are left.
 */
final class MacauNameDetector implements Detector {
    private static final Set<String> SURNAMES = words("Au Chan Chang Chao Cheang Cheong Cheng Chiang Chio Choi Chong Chu "
            + "Chui Fong Ho Hoi Iao Ieong Iong Ip Kam Kong Kuan Kuok Lai Lam Lao Lei Leong Lio Lo Lok Lou Mak Mok Ng Pun "
            + "Sio Sit Sou Tam Tang Tou U Un Vong Wong Wu");
    private static final Set<String> GIVEN = words("Cheng Cheok Chi Chan Chon Chong Chu Chun Fai Fat Fong Ha Heng Hin Hio "
            + "Hoi Hon Hong Hou I Iam Ian Iao Ieng Ieong Io Iok Ioi Ip Iu Ka Kam Keng Keong Kei Kin Kit Kuai Kuan Kuok "
            + "Kuong Lai Lam Lei Leng Lin Lok Lon Long Man Mei Meng Mui Nga Ngo Nei Pek Pou Pui Sam San Sau Seong Si Sin "
            + "Sio Sok Tak Tat Tin Un Ut Vai Wa Wai Wan Weng");
    private static final Set<String> PORTUGUESE_GIVEN = words("José Maria Ana Paulo Rosa Luís Luis António Antonio Teresa "
            + "Francisco Helena João Joao Manuel Carlos Pedro Isabel Fátima Joana Miguel Inês Sofia Lúcia Marta Rita Filipe "
            + "Ricardo Jorge Vítor Sérgio Bruno Nuno Rui Tiago Catarina Beatriz Carolina Cecília Clara Júlia Mónica Patrícia "
            + "Susana Alexandre André Daniel David Eduardo Fernando Gabriel Hugo Mário Raquel Cristina Tomás Agostinho "
            + "Angela Ângela Lourenço Vicente Domingos");
    // Districts and streets of Macau and Hong Kong spelt with the same syllables.
    private static final Set<String> PLACES = Set.of("Fai Chi Kei", "Ho Man Tin", "Lai Chi Kok", "Iao Hon", "Sai Wan Ho",
            "Ka Ho", "Lam Mau", "Tai Kok Tsui", "Wong Tai Sin", "Mong Kok", "Kwun Tong", "Tin Shui Wai");
    private static final String WORD = "\\p{Lu}(?:\\p{Ll}+|\\p{Lu}*)";
    private static final Pattern RUN = Pattern.compile("(?<![\\p{IsLatin}'’.-])" + WORD + "(?: " + WORD + "){2,4}(?![\\p{IsLatin}'’-])");
    // A name is no place: a street or district word after the run says it is one (Lam Mau Tong Street, Rua …).
    private static final Pattern STREET_AFTER = Pattern.compile("^\\s*(?i:street|road|rd|st|estate|village|garden|"
            + "court|tower|building|bldg|district|avenue|market)\\b");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            // The run's words are split by single blanks: each word's start follows from the lengths before it.
            String[] parts = run.group().split(" ");
            int[] starts = new int[parts.length + 1];
            starts[0] = run.start();
            for (int i = 0; i < parts.length; i++) starts[i + 1] = starts[i] + parts[i].length() + 1;
            List<String> words = Arrays.stream(parts).map(EnglishVocabulary::capitalised).toList();
            int[] name = name(words);
            if (name == null) continue;
            String found = String.join(" ", words.subList(name[0], name[1]));
            if (PLACES.stream().anyMatch(found::contains)) continue;
            int end = starts[name[1]] - 1;
            if (STREET_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find()) continue;
            out.add(new Span(starts[name[0]], end, EntityKind.NAME));
        }
        return out;
    }

    // The word range [from, to) of the name in the run, or null: a Portuguese given name may stand at either end of a
    // Macau name of three syllables, surname first or last.
    private static int[] name(List<String> words) {
        for (int from = 0; from + 3 <= words.size(); from++) {
            if (from > 0 && !PORTUGUESE_GIVEN.contains(words.get(from - 1))) continue;
            List<String> three = words.subList(from, from + 3);
            if (!macau(three)) continue;
            int start = from > 0 ? from - 1 : from, end = from + 3;
            if (end < words.size() && PORTUGUESE_GIVEN.contains(words.get(end))) end++;
            // Words beyond the name must not be Macau syllables: a run that goes on is something else.
            if (end < words.size() && (SURNAMES.contains(words.get(end)) || GIVEN.contains(words.get(end)))) return null;
            return new int[] {start, end};
        }
        return null;
    }

    private static boolean macau(List<String> three) {
        boolean surnameFirst = SURNAMES.contains(three.get(0)) && GIVEN.contains(three.get(1)) && GIVEN.contains(three.get(2));
        boolean surnameLast = GIVEN.contains(three.get(0)) && GIVEN.contains(three.get(1)) && SURNAMES.contains(three.get(2));
        // At least one syllable that only Macau spelling has or that English lacks (Man Long Sam is English enough).
        return (surnameFirst || surnameLast) && three.stream().anyMatch(w -> !EnglishVocabulary.contains(w));
    }

    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.split(" ")));
    }
}
