package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English names in the forms registers, wristbands and letters use besides "Given Family": family name first with a
 * comma (Bautista, Rogelio; ABERNATHY-COLE, ESTHER) or in capitals (BENEDIKT SCHWARZENBACH) after a person cue, an
 * initial before the family name (A. Whitlock, I. de León) or the father's after a Mongolian name (Zolbayar S.), the
 * name a greeting addresses (Hi Ashby,), and the person after a role only people fill (Adjuster: Trevelyan, Escorted
 * by Obinna), the name under a sign-off, a list's entries before a dash and a passport's machine-readable line
 * (P<CHN SUO<<FUDE). No word may be clinical or function vocabulary (`EnglishVocabulary`), so "Chest, Abdomen" or
 * "E. Coli" stay.
 */
final class EnglishNameFormsDetector implements Detector {
    // Hyphenated given names may go on in lower case (Ka-ming, Jean-Luc).
    private static final String CAP = "(?:O['’]|Mc|Mac|D['’])?\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}+)?";
    private static final String UPPER = "\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})?";
    private static final String CUE = "\\b(?i:patient|pt|surgeon|assistant|anaesthetist|anesthetist|participant|subject|"
            + "investigator|coordinator|attending|consultant|resident|nurse|physician|name|for|by|signed|cc|visit|of)\\s*[:：]?\\s*";
    private static final Pattern FAMILY_FIRST = Pattern.compile(CUE + "((?:" + CAP + "|" + UPPER + "),\\s?(?:" + CAP + "|"
            + UPPER + "))(?![\\p{L}'’-])");
    private static final Pattern CAPITALS = Pattern.compile(CUE + "(" + UPPER + "(?:\\s" + UPPER + "){1,2})(?![\\p{L}'’-])");
    // Chinese may follow at once (同学S. Bilguun陪同); Mongolian registers put the father's initial after the name
    // (Bat-Erdene D., Zolbayar S.).
    private static final Pattern INITIAL = Pattern.compile(
            "(?<![\\p{IsLatin}.])(\\p{Lu}\\.\\s?(?:(?:de|van|von|da|di|du|le|la)\\s)?" + CAP + ")(?![\\p{IsLatin}'’-])");
    private static final Pattern TRAILING_INITIAL = Pattern.compile(
            "(?<![\\p{IsLatin}.'’-])(" + CAP + "\\s\\p{Lu}\\.)(?![\\p{IsLatin}])");
    // Kyrgyz and Kazakh names with the father's and "son" or "daughter" (Aibek Toktosun uulu, ASKAR DAULETULY,
    // Zhanar Toleukhankyzy).
    private static final Pattern SON_OR_DAUGHTER = Pattern.compile("(?<![\\p{IsLatin}'’-])(" + CAP + " " + CAP + " (?:uulu|kyzy)"
            + "|" + CAP + " \\p{Lu}\\p{Ll}+(?:uly|kyzy)|" + UPPER + " " + UPPER + " (?:UULU|KYZY)|" + UPPER + " \\p{Lu}{2,}(?:ULY|KYZY))"
            + "(?![\\p{IsLatin}'’-])");
    // A name right before its birth date (NATASHA BELOVA (DOB 26.01.1940), Alim Abla, born 1963).
    private static final Pattern BEFORE_BIRTH = Pattern.compile("(?<![\\p{IsLatin}'’-])(" + CAP + "(?:\\s" + CAP + "){1,2}|" + UPPER
            + "(?:\\s" + UPPER + "){1,2})(?=\\s*[(,（]\\s*(?:DOB|D\\.O\\.B\\.|born|b\\.)[\\s:])");
    private static final Pattern GREETING = Pattern.compile(
            "\\b(?:Hi|Hello|Dear)\\s+(" + CAP + "(?: " + CAP + "){0,2})\\s*[,，]");
    // A role that only a person fills, then the person (Adjuster: Trevelyan, Escorted by Obinna, Interpreter: 严肃).
    private static final Pattern ROLE = Pattern.compile("\\b(?i:member|adjuster|interpreter|translator|visitor|escort|"
            + "escorted by|chaperone|witness|claimant|insured|policyholder|beneficiary|guardian|carer|caregiver|"
            + "next of kin|accompanied by|attended by|seen by|reviewed by|referred by|records of|pathologist|pharmacist|"
            + "radiologist|surgeon|anaesthetist|social worker|chaplain|daughter|son|wife|husband|mother|father|"
            + "patient|physiotherapist|therapist|claims officer|case officer|staff member|source patient|midwife|"
            + "logged by|recorded by|reported by|phoned to|phoned|paged|\\p{L}+ologist(?=\\s*[:：])|"
            // Who did it (taken by Malia, follow-up call by Ondrej, lab tech Tadeo, Screener Rumbidzai).
            + "taken by|done by|checked by|collected by|dispensed by|given by|call by|lab tech|screener|interviewer|"
            + "attending physician|village doctor|by nurse|nurse|"
            // Who answers for it (Coordinator Clotilde, GP Bazzi, HR contact Tesfaye, informed by Abdelilah).
            + "coordinator|supervisor|GP|scribe|tutor|team lead|HR contact|foreman|manager|courier|rider|driver|"
            + "(?:informed|follow-up|examined|supervised|verified|approved|witnessed|triaged|assessed|prepared|"
            + "transcribed|counsell?ed|notified|signed off|escorted|visited|interpreted) by|"
            + "mum|mom|dad|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|"
            + "on call|cashier|HSE contact|contact|imam|operator|team leader|"
            + "(?:kept|requested|registered|ordered|arranged|booked|organi[sz]ed|introduced|hosted|led|run|sent|"
            + "delivered|performed|issued|authori[sz]ed) by|"
            + "sister|brother|granddaughter|grandson|niece|nephew|partner|"
            // Who else is there (guard Nkechi, referring physician Chirwa, handed in by Arkady, this is Stanislav).
            + "attending|guard|security|doctor|referring physician|physician|handed in by|brought in by|found by|"
            + "this is|my name is|ini|nama saya|"
            // Who sails, and who speaks for the ship (captain Yusof, ship agent Colm, crew TAY KIM SENG).
            + "captain|master|ship agent|agent|crew|pilot|bosun|travel companion|companion|"
            // Who a survey counts and who counts (Household head: Alim Abla, Tracer: …, Surveyor: …).
            + "household head|head of household|tracer|contact tracer|surveyor|enumerator|"
            // Who leads a party and who started an outbreak (Guide: DOLMA, Index case: DRUKMO TSO).
            // A role word is a whole word: a key's first part is none ("patientId").
            + "guide|tour guide|index case)(?!\\p{L})\\s*[:：=]?\\s*("
            // A name stays on its line (Household head: Rozi Tohti⏎Surveyor: …); one word in capitals ends it.
            + CAP + "(?:[ \\t]" + CAP + "){0,2}|" + UPPER + "(?:[ \\t]" + UPPER + "){1,2}|\\p{Lu}{4,}(?=[ \\t]*(?:\\n|$))|\\p{IsHan}{2,4}(?!\\s*[:：]))(?![\\p{L}'’-])");
    // The name under a letter's sign-off (Yours sincerely,⏎Alaric Quarrington) and a list's entries before a dash
    // (home-visit list: Zubair Mahmood - pressure sore; Kalinda Perera - palliative).
    private static final Pattern SIGN_OFF = Pattern.compile("\\b(?i:sincerely|faithfully|regards|cheers|best wishes|best|thanks),?"
            + "[ \\t]*\\n[ \\t]*(" + CAP + "(?:\\s" + CAP + "){0,2}|" + UPPER + "(?:\\s(?:" + UPPER + "|" + CAP + ")){1,2})[ \\t]*(?:\\n|$)");
    // A passport's machine-readable line: the surname, <<, the given names (P<CHN SUO<<FUDE<<<<).
    private static final Pattern SIGN_OFF_LINE = Pattern.compile("\\b(?:Thank you|Thanks|Regards|Best regards|Best|Cheers),[ \\t]*"
            + "(?:Dr\\.?[ \\t]+)?(" + CAP + "(?:\\s" + CAP + ")?|" + UPPER + "/" + UPPER + ")[ \\t]*(?:\\n|$)");
    private static final Pattern MRZ = Pattern.compile("\\bP<[A-Z]{3}([A-Z]{2,}(?:<[A-Z]{2,})*<<[A-Z]{2,}(?:<[A-Z]{2,})*)");
    private static final Pattern LIST_ENTRY = Pattern.compile("(?<=[:;]\\s)(" + CAP + "\\s" + CAP + ")(?=\\s[-–—]\\s)");
    // A Chinese name after an English honorific (Dr. 虞 on call, Mrs 王芳).
    private static final Pattern HONORIFIC_HAN = Pattern.compile("\\b(?:Dr|Mr|Mrs|Ms|Prof)\\.?\\s?(\\p{IsHan}{1,3})(?!\\p{IsHan})");
    // An English given name with a Chinese surname, as colleagues sign in work chats (Winnie 帅, 屠Gavin, 竺Jasper).
    private static final Pattern MIXED = Pattern.compile(
            "(?<![\\p{L}])(?:(\\p{Lu}[a-z]{2,10}) ?(\\p{IsHan})|(\\p{IsHan})(\\p{Lu}[a-z]{2,10}))(?![\\p{L}])");
    // Arab names by their joints: a father's name after bin or ibn (Mohsen bin Qasim), a kunya (Abu Haitham), with the
    // family's Al joined by a hyphen or written apart (Al-Kubaisi, Al Mansoori).
    private static final Pattern ARABIC = Pattern.compile("(?<![\\p{L}])(?:" + CAP + " (?:bin|ibn|bint) " + CAP
            + "(?: (?:bin|ibn) " + CAP + ")?(?: (?:Al|al|El|el)[- ]" + CAP + ")?|Abu " + CAP + "(?<!Abu Dhabi))"
            + "(?![\\p{L}])");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+(?:[-'’]\\p{L}+)?");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        for (Pattern p : List.of(FAMILY_FIRST, CAPITALS, INITIAL, TRAILING_INITIAL, SON_OR_DAUGHTER, BEFORE_BIRTH, GREETING, ROLE, SIGN_OFF,
                SIGN_OFF_LINE, LIST_ENTRY)) {
            // After a role, a greeting or under a sign-off only listed words disqualify (Wife Ifeoma Ezeugwu, not -oma).
            boolean personSlot = p == ROLE || p == SIGN_OFF || p == SIGN_OFF_LINE || p == GREETING;
            Matcher m = p.matcher(text);
            while (m.find()) {
                // A Chinese word after a role is a name after a colon (Interpreter: 弓月) or when it opens with a surname
                // (Supervisor 主管 is a bilingual label).
                boolean han = NameContext.isHan(m.group(1).charAt(0));
                boolean colon = m.group().indexOf(':') >= 0 || m.group().indexOf('：') >= 0;
                boolean surname = !han || colon || Surnames.at(m.group(1), 0) > 0
                        || Surnames.knownToHanlp(m.group(1).charAt(0));
                // The lower-case "son" or "daughter" word is part of the name, not vocabulary.
                String checked = p == SON_OR_DAUGHTER ? m.group(1).replaceAll(" (?:uulu|kyzy)$", "") : m.group(1);
                if (surname && noVocabulary(checked, personSlot)) out.add(new Span(m.start(1), m.end(1), EntityKind.NAME));
            }
        }
        Matcher arabic = ARABIC.matcher(text);
        while (arabic.find()) out.add(new Span(arabic.start(), arabic.end(), EntityKind.NAME));
        Matcher mrz = MRZ.matcher(text);
        while (mrz.find()) out.add(new Span(mrz.start(1), mrz.end(1), EntityKind.NAME));
        Matcher mixed = MIXED.matcher(text);
        while (mixed.find()) {
            String given = mixed.group(1) != null ? mixed.group(1) : mixed.group(4);
            String surname = mixed.group(2) != null ? mixed.group(2) : mixed.group(3);
            boolean alone = mixed.group(3) == null || mixed.start() == 0 || !NameContext.isHan(text.charAt(mixed.start() - 1));
            if (alone && Surnames.SINGLES.contains(surname) && !EnglishVocabulary.contains(given)) {
                out.add(new Span(mixed.start(), mixed.end(), EntityKind.NAME));
            }
        }
        Matcher han = HONORIFIC_HAN.matcher(text);
        while (han.find()) {
            if (Surnames.at(han.group(1), 0) > 0 || Surnames.knownToHanlp(han.group(1).charAt(0))) {
                out.add(new Span(han.start(1), han.end(1), EntityKind.NAME));
            }
        }
        return out;
    }

    /**
     * Every word, written as a capitalised word (ESTHER → Esther), is outside the clinical and function vocabulary (in
     * a person's slot: outside the word list).
     */
    private static boolean noVocabulary(String name, boolean personSlot) {
        Matcher w = WORDS.matcher(name);
        while (w.find()) {
            String word = w.group();
            if (word.length() == 1) continue;
            String capitalised = word.substring(0, 1) + word.substring(1).toLowerCase(Locale.ROOT);
            boolean lowerCaseWord = word.length() > 3 && word.chars().allMatch(Character::isLowerCase);
            boolean vocabulary = personSlot ? EnglishVocabulary.listed(capitalised) : EnglishVocabulary.contains(capitalised);
            if (vocabulary || lowerCaseWord) return false;
        }
        return true;
    }
}
