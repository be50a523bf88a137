package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latin-script person names (foreign patients, English notes): a known given name followed by a capitalised
 * surname, an honorific (Mr/Dr…), or a Chinese cue or title around capitalised words. A bare capitalised word is not
 * enough: drug and disease names (Amoxicillin, Parkinson) are capitalised too.
 */
final class EnglishNameDetector implements Detector {
    // A capitalised word in any Latin script (Lefèvre, Yılmaz, Wiśniewska), with a prefix (O'Neil, D'Souza, Al-Farsi)
    // or a hyphenated second part (Marie-Claire, Smith-Jones).
    private static final String WORD = "(?:O['’]|Mc|Mac|D['’]|Al-|El-)?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+|['’]\\p{Lu}\\p{Ll}+)?";
    // A word in capitals, as passports and Taiwan and Southeast Asian forms write names (KOH SWEE LENG, HSIEH YI-TING).
    private static final String UPPER = "\\p{Lu}{2,}(?:-\\p{Lu}{2,})?";
    // Lower-case particles inside a name (Pieter van der Berg, Carmen de la Cruz).
    private static final String PARTICLES = "(?:(?:van|von|de|da|del|della|der|den|di|du|dos|das|la|le|ter|ten|bin|ibn|al|el)\\s+){0,2}";
    private static final Pattern FULL = Pattern.compile(
            "(?<![\\p{IsLatin}'’-])(\\p{Lu}\\p{Ll}+)(?:\\s+[A-Z]\\.?)?\\s+" + PARTICLES + WORD + "(?!\\p{IsLatin})");
    // Portuguese and Spanish titles (Sr./Sra. Chao, Prezada Sra. Mak; Senhor Dr. Sousa names Sousa) and how a Filipino helper addresses her employer
    // (Ma'am Tang, Sir Leong).
    private static final String FOREIGN_TITLES = "Sra?|Srta|Sr\\./Sra|Ma['’]am|Sir|Madam|Mdm|Dona|Senhora?";
    private static final Pattern FULL_UPPER = Pattern.compile("(?<![\\p{L}'’-])(\\p{Lu}{4,}) (\\p{Lu}{3,})(?![\\p{L}'’-])");
    private static final Pattern PLACE_AFTER = Pattern.compile("(?:['’]s)? (?:(?:Children|Women|People|Maternity)['’]s )?"
            + "(?:Hospital|Clinic|Centre|Center|University|College|School"
            + "|Port|Harbour|Harbor|Street|Road|Province|District|Islands?)\\b");
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\s[A-Z]\\.\\s");
    private static final Pattern HONORIFIC = Pattern.compile(
            "(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mx|" + FOREIGN_TITLES + ")\\.?\\s+(?!(?:Dr|Dra|Prof|Mr|Mrs|Ms)\\b)(" + PARTICLES + WORD + "(?:\\s+" + PARTICLES + WORD + ")?)");
    // A staff title before a surname alone (Nurse Kim, Sister Bishop); clinical words after it are vetted.
    private static final Pattern STAFF = Pattern.compile("\\b(?:Nurse|Sister|Matron|Midwife|Therapist|Pharmacist)\\s+("
            + PARTICLES + WORD + "(?:\\s+" + WORD + ")?)(?!\\p{IsLatin})");
    private static final Pattern CUED = Pattern.compile(
            "(?:患者|病人|姓名|家属|联系人|医生|医师|护士|主任|儿子|女儿|丈夫|妻子|配偶|Patient|patient|Name|name)[:：\\s]*(?:为|是)?[:：\\s]*("
                    + WORD + "(?:\\s+" + WORD + "){1,2})");
    // Sentence-initial name before an English clinical verb ("Aisha Khan was admitted…").
    private static final Pattern SUBJECT = Pattern.compile("(?:^|[。.;；!?]\\s*)(" + WORD + "(?:\\s+" + WORD + "){1,2})\\s+"
            + "(?:was|is|has|had|presented|presents|reports|reported|came|complains|complained|denies|visited|underwent)\\b");
    private static final Pattern EN_CUE = Pattern.compile("\\b(?:contact|relative|spouse|son|daughter|wife|husband|mother|father|"
            + "guardian|patient|Patient|Contact|Name|name)[:\\s]+(" + WORD + "(?:\\s+" + WORD + "){1,2})");
    private static final Pattern GROUP = Pattern.compile("\\b(?:members|visitors|relatives|children|parents)\\s+(" + WORD
            + "\\s+" + WORD + ")(?:,\\s+" + WORD + "\\s+" + WORD + ")*(?:,?\\s+and\\s+(" + WORD + "\\s+" + WORD + "))?");
    private static final Pattern TITLED = Pattern.compile(
            "\\b(" + WORD + "(?:\\s+" + WORD + ")?|" + UPPER + "(?:\\s" + UPPER + "){1,2})\\s*(?=先生|女士|小姐|医生|大夫|教授|护士|[（(](?:男|女))");
    private static final Set<String> GIVEN = Set.copyOf(List.of(("James John Robert Michael William David Richard Joseph Thomas Charles "
            + "Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward "
            + "Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon "
            + "Benjamin Samuel Frank Gregory Raymond Alexander Patrick Jack Dennis Jerry Tyler Aaron Henry Adam Peter "
            + "Nathan Zachary Kyle Walter Harold Carl Arthur Roger Albert Lawrence Ethan Louis Noah Liam Oliver Lucas "
            + "Leo Max Sean Ian Alan Simon Martin Tom Tim Mike Bob Jim Joe Ben Sam Dan Chris Alex Tony Jake Luke Harry "
            + "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra "
            + "Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura "
            + "Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine "
            + "Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly "
            + "Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann "
            + "Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn "
            + "Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Lily "
            + "Sophie Chloe Lucy Kate Jane Anne Claire Ella Mia Ava Zoe Eva Nora Fiona Irene Sylvia Vivian Wendy Tina "
            + "Kevin Eric Jack Tony Vincent Frank Andy Jason Jerry Leon Ivan Hans Pierre Jean Carlos Jose Juan Luis "
            + "Ahmed Mohammed Ali Omar Yuki Hiroshi Kenji Sakura Min Ji Raj Priya Olga Igor Dmitri Sven Lars Ingrid "
            // Names common in recent birth cohorts and outside the English-speaking world.
            + "Oscar Freya Aisha Mateo Fatima Hassan Layla Amir Zara Elijah Isla Harper Aria Luna Mila Aiden Jayden "
            + "Mason Logan Elena Sofia Lucia Marco Luca Giulia Paolo Ana Diego Pablo Camila Valentina Javier Miguel "
            + "Nikolai Anya Ivan Katarina Hanna Astrid Erik Nils Jonas Lena Mei Ling Hana Kim Arjun Anil Deepa Kofi Amara "
            // English names Chinese colleagues take for work chats and business cards.
            + "Rocco Darcy Elvis Yvette Sabrina Quincy Winnie Gavin Jasper Sherry Jolin Tracy Cindy Candy Coco Eason Jay "
            + "Vicky Vivi Kiki Lulu Shirley Jessie Joey Yoyo Alvin Allen Derek Dexter "
            + "Felix Frankie Howard Hugo Ivy Janice Jimmy Kelvin Kenny Leslie Louise Maggie Nancy Peggy Queenie Rita "
            + "Roy Sandy Simon Stanley Stella Terry Vince Wayne Willa Wilson Yolanda Zoey "
            // Portuguese names of Macau's families, and Filipino names of the helpers who work there.
            + "Abílio Adélia Amândio Aurélio Baltazar Benedita Custódio Filomena Gonçalo Graça Henrique Hermínia "
            + "Leonor Lourenço Natércia Perpétua Zélia Conceição Fernanda Florinda Gracinda Idalina Leopoldina Olímpia "
            + "Albertina Armanda Deolinda Ermelinda Guilhermina Joaquim Júlio Artur Duarte Januário Severino Ludovina "
            + "Jovelyn Cherrylyn Jennelyn Maricris Luzviminda Leonila Divina Charito Nenita Lorelie Jerson Marites "
            + "Rowena Analyn Rosalie Marilou Jocelyn Lorna Merlie Evangeline Erlinda Imelda Corazon Teodora Rodel "
            + "Jomar Arnel Rommel Reynaldo Rosalinda Lovely Mylene Jonalyn Rhodora Aileen")
            .split(" ")));
    // Frequent surnames: a capitalised word before one is a given name even when it is not listed (Freya Kowalski).
    private static final Set<String> SURNAMES = Set.copyOf(List.of(("Smith Johnson Williams Brown Jones Garcia Miller "
            + "Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee "
            + "Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
            + "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Evans "
            + "Turner Phillips Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed "
            + "Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders "
            + "Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Butler Barnes Fisher Henderson Coleman "
            + "O'Brien McDonald MacLeod Murray Kennedy Campbell Stewart Schmidt Schneider Fischer Weber Meyer Wagner "
            + "Becker Hoffmann Rossi Russo Ferrari Esposito Bianchi Romano Kowalski Nowak Wisniewski Ivanov Petrov "
            + "Smirnov Tran Pham Khan Patel Singh Kumar Shah Ali Ahmed Hassan Tanaka Suzuki Sato Yamamoto Dubois "
            + "Martin Bernard Moreau Laurent Silva Santos Oliveira Costa Pereira Jansen Janssen Larsen Hansen Nielsen "
            // Chinese surnames in pinyin (Hao Sun, Yuting Chen); short ones that are English words are left out.
            + "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Guo Gao Lin Luo Zheng Liang Xie Song Tang Han Feng "
            + "Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Cheng Wei Ding Shen Jin Zhong Tan Lu Qiu Xiong Cui "
            + "Kang Mao Hao Qin Gu Hou Shao Meng Duan Lei Qian Yin Yi Yao Liao Zou Xiong Jia Xue Yan Fu Ye Du Dai Xia")
            .split(" ")));
    // Capitalised words that open a phrase but are no given name (With Smith, The Brown…).
    private static final Set<String> NOT_GIVEN = Set.of("The", "A", "An", "With", "And", "Or", "Of", "In", "On", "At",
            "By", "For", "From", "To", "Dr", "Mr", "Mrs", "Ms", "Prof", "Patient", "Type", "Stage", "Grade", "Day",
            "Bed", "Room", "Ward", "Dear", "Hi", "Hello", "Saint", "St", "New", "North", "South", "East", "West");

    // Two or three capitalised words in a row: a name when none is clinical or function vocabulary.
    private static final Pattern RUN = Pattern.compile("(?<![\\p{IsLatin}'’-])(?<![A-Za-z]\\.)" + WORD + "(?:\\s+" + PARTICLES + WORD
            + ")+(?![\\p{Ll}-]|\\p{Lu}(?!\\p{Ll})|['’](?!s\\b))");
    private static final Pattern TOKEN = Pattern.compile(WORD);
    private static final Pattern CUED_RUN = Pattern.compile("(?<![\\p{IsLatin}'’-])(?:" + WORD + "(?:\\s+" + PARTICLES + WORD
            + "){0,2}|" + UPPER + "(?:,?\\s" + UPPER + "){1,2}|" + UPPER + "/" + UPPER + ")(?![\\p{IsLatin}'’-])");
    private static final Pattern UPPER_TOKEN = Pattern.compile("\\p{Lu}{2,}");
    private static final Pattern VOWEL = Pattern.compile("[AEIOUY]");
    private static final Pattern PERSON_LABEL = Pattern.compile("(?i)\\b(?:attending|resident|consultant|registrar|physician|"
            + "surgeon|doctor|nurse|midwife|therapist|patient|name|contact|relative|guardian|witness|signed|signature|cc|"
            + "from|to|by|seen by|referred by|dictated by|reviewed by|next of kin|emergency contact|informant|caller|"
            + "spouse|son|daughter|wife|husband|mother|father|brother|sister|partner|friend|interpreter|translator|chaperone|"
            + "carer|caregiver|guardian|proxy|parent|payer|recipient|donor|reporter|author|requested by|performed by|"
            // A booking's guest, an insurer's insured and claimant, a household's helper (an employer may be a firm).
            + "guest|visitor|escort|insured|insured person|policyholder|claimant|applicant|payee|helper)\\s*:$");
    private static final Pattern SHIP = Pattern.compile("\\b(?:M/V|MV|F/V|M\\.V\\.|S/S|ship|vessel)$");
    private static final Pattern CONTINUES = Pattern.compile("\\s*(?:[a-z,，]|'s)|\\s+[(（]");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        unlistedNames(text, out);
        afterChineseCue(text, out);
        Matcher m = FULL.matcher(text);
        while (m.find()) {
            String last = m.group().substring(m.group().lastIndexOf(' ') + 1);
            boolean known = GIVEN.contains(m.group(1)) || SURNAMES.contains(last) && !NOT_GIVEN.contains(m.group(1));
            // A middle initial with its dot marks a name whose parts no list holds (Jovelyn C. Dinglasan).
            if (MIDDLE_INITIAL.matcher(m.group()).find() && !EnglishVocabulary.contains(m.group(1))
                    && !EnglishVocabulary.contains(last)) {
                known = true;
            }
            // A listed given name before a word of clinical English is no name (Ann Intern Med).
            if (!SURNAMES.contains(last) && EnglishVocabulary.contains(last)) known = false;
            if (known) out.add(new Span(m.start(), m.end(), EntityKind.NAME));
        }
        // The same in capitals, as registers and passports write it (JOVELYN DINGLASAN).
        Matcher upper = FULL_UPPER.matcher(text);
        while (upper.find()) {
            String given = EnglishVocabulary.capitalised(upper.group(1)), family = EnglishVocabulary.capitalised(upper.group(2));
            if (GIVEN.contains(given) && !EnglishVocabulary.contains(family)) {
                out.add(new Span(upper.start(), upper.end(), EntityKind.NAME));
            }
        }
        for (Pattern p : List.of(HONORIFIC, STAFF, CUED, TITLED, SUBJECT, EN_CUE)) {
            Matcher c = p.matcher(text);
            while (c.find()) {
                // Before a verb or after a cue, a capitalised clinical term is still no name (Atrial Fibrillation was…).
                if (p != HONORIFIC && vocabularyIn(c.group(1))) continue;
                out.add(new Span(c.start(1), c.end(1), EntityKind.NAME));
            }
        }
        Matcher g = GROUP.matcher(text);
        while (g.find()) {
            for (int k = 1; k <= 2; k++) if (g.group(k) != null) out.add(new Span(g.start(k), g.end(k), EntityKind.NAME));
        }
        // A name stays on its line: the next line's first word is a label (Pfeiffenberger⏎Interpreter: …).
        out.replaceAll(s -> onItsLine(text, s));
        // Words before an institution's or a place's word name that (Donghai Islands Hospital, Sun Yat-sen University).
        out.removeIf(s -> PLACE_AFTER.matcher(text).region(s.end(), text.length()).lookingAt());
        out.removeIf(s -> s.length() == 0);
        // A full name found once is masked wherever it recurs in the record.
        List<String> found = out.stream().map(s -> s.in(text)).filter(n -> n.contains(" ")).distinct().toList();
        return NamePropagation.everywhere(text, found, out);
    }

    private static Span onItsLine(String text, Span s) {
        int end = text.indexOf('\n', s.start());
        if (end < 0 || end >= s.end()) return s;
        while (end > s.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
        return new Span(s.start(), end, s.kind());
    }

    /**
     * Names whose given name we do not list (Tomasz Brennan): runs of two or three capitalised words none of which
     * is vocabulary. Inside a sentence their position supports them (with X Y, nurse X Y, Attending: X Y); at the
     * start of a sentence or after another label a lower-case word, comma or bracket must follow (X Y called…,
     * Referral: X Y, 61 years old), since headings are capitalised too.
     */
    private static void unlistedNames(String text, List<Span> out) {
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            List<int[]> part = new ArrayList<>();
            Matcher t = TOKEN.matcher(text).region(run.start(), run.end());
            while (t.find()) {
                if (EnglishVocabulary.contains(t.group())) {
                    take(text, part, out);
                    part.clear();
                } else {
                    part.add(new int[] {t.start(), t.end()});
                }
            }
            take(text, part, out);
        }
    }

    /**
     * Latin-script words right after a Chinese cue or title (请护士Edwige给…, 经办Ji-hoon帮…, 目击者Vitaly Ovsyannikov；),
     * up to the first word of clinical or function vocabulary: there even one unlisted word is a person.
     */
    private static void afterChineseCue(String text, List<Span> out) {
        Matcher run = CUED_RUN.matcher(text);
        while (run.find()) {
            int before = run.start();
            while (before > 0 && (":：".indexOf(text.charAt(before - 1)) >= 0 || Character.isWhitespace(text.charAt(before - 1)))) {
                before--;
            }
            if (before == 0 || !NameContext.isHan(text.charAt(before - 1))
                    || !NameContext.cueBefore(text, run.start()) && NameContext.titleCueStart(text, run.start()) < 0) {
                continue;
            }
            boolean capitals = !TOKEN.matcher(text).region(run.start(), run.end()).lookingAt();
            if (capitals) {
                if (capitalName(run.group())) out.add(new Span(run.start(), run.end(), EntityKind.NAME));
                continue;
            }
            // Up to the first word of vocabulary, over a short one inside a name (儿子Yeo Chin Huat).
            int end = run.start();
            boolean first = true;
            Matcher t = TOKEN.matcher(text).region(run.start(), run.end());
            while (t.find()) {
                boolean vocabulary = EnglishVocabulary.contains(t.group()) || NOT_GIVEN.contains(t.group());
                if (vocabulary && (first || t.group().length() > 4 || t.end() == run.end())) break;
                if (!vocabulary) end = t.end();
                first = false;
            }
            if (end > run.start()) out.add(new Span(run.start(), end, EntityKind.NAME));
        }
    }

    /**
     * A name in capitals: a surname and a hyphenated given name, three words, or SURNAME/GIVEN (HSIEH YI-TING, KOH SWEE
     * LENG, ZHAN/JINCAI), each word with a vowel and none vocabulary as written or capitalised (CT MRI, ICU WARD stay)
     * unless it is a pinyin syllable.
     */
    private static boolean capitalName(String run) {
        Matcher w = UPPER_TOKEN.matcher(run);
        int words = 0;
        while (w.find()) {
            String word = w.group();
            String capitalised = EnglishVocabulary.capitalised(word);
            // A pinyin syllable that is an English word too stays a name part (QUEK HONG SENG).
            boolean pinyin = PinyinNameDetector.syllables(word.toLowerCase(Locale.ROOT));
            // NG is a surname of its own (NG GEOK ENG), a syllable without a vowel.
            boolean vowel = VOWEL.matcher(word).find() || word.equals("NG");
            if (!vowel || EnglishVocabulary.contains(word) || EnglishVocabulary.contains(capitalised) && !pinyin) {
                return false;
            }
            words++;
        }
        return words >= 3 || run.contains("-") || run.contains("/");
    }

    private static boolean vocabularyIn(String run) {
        Matcher t = TOKEN.matcher(run);
        while (t.find()) if (EnglishVocabulary.contains(t.group())) return true;
        return false;
    }

    /** A given name of the list (Rocco, Yvette). */
    static boolean knownGiven(String token) {
        return GIVEN.contains(token);
    }

    /** A given name or surname of our lists (Mary, Manning is not; Gary, Fleming would be vocabulary otherwise). */
    static boolean knownName(String token) {
        return GIVEN.contains(token) || SURNAMES.contains(token);
    }

    private static void take(String text, List<int[]> part, List<Span> out) {
        if (part.size() < 2 || part.size() > 3) return;
        int start = part.get(0)[0], end = part.get(part.size() - 1)[1];
        String before = text.substring(0, start).stripTrailing();
        boolean sentenceStart = before.isEmpty() || ".。!?！？;；\n".indexOf(before.charAt(before.length() - 1)) >= 0
                || NameContext.isHan(before.charAt(before.length() - 1));
        // A ship's name (M/V Blue Bay Pioneer, F/V Minliyu) is none, nor a Vietnamese place (Trạm y tế Na Ba).
        if (SHIP.matcher(before).find() || VietnameseNameDetector.placeBefore(text, start)) return;
        // After a colon a person label announces a name (Attending: X Y); any other label (Assessment:) is read like
        // a sentence start, where headings are capitalised too.
        boolean heading = sentenceStart || before.endsWith(":") && !PERSON_LABEL.matcher(before).find();
        // Inside Chinese text a verb that takes a person before it, or a person's predicate after it, says as much
        // (通知Abdelrahim Elnour来院, Neema Mwakyusa说…).
        boolean chineseSlot = start > 0 && NameContext.isHan(text.charAt(start - 1)) && NameContext.verbBefore(text, start)
                || end < text.length() && (NameContext.personPredicateAt(text, end) || NameContext.strongAt(text, end));
        if (heading && !chineseSlot && !CONTINUES.matcher(text).region(end, text.length()).lookingAt()) return;
        out.add(new Span(start, end, EntityKind.NAME));
    }
}
