package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resident IDs, bank cards and phone numbers: recognised by shape and check digit, wherever they stand. */
final class NumberDetector implements Detector {
    // Digit runs that may be grouped by spaces or dashes; boundaries keep us out of longer codes.
    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?<![0-9A-Za-z])\\d{4,8}(?:[ -]?\\d{2,8}){1,4}(?:[ -]?\\d?[Xx])?(?![0-9A-Za-z])|(?<![0-9A-Za-z])\\d{15,19}[Xx]?(?![0-9A-Za-z])");
    // A mobile may carry the country code in any common form, or the long-distance 0 (013800138000).
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9A-Za-z+])(?:(?:[(（]\\+?86[)）]|(?:\\+|00)?86)[ -]?|0)?1[3-9]\\d(?:[ -]?\\d{4}){2}(?!\\d)"
                    // …or dotted (138.1234.5678).
                    + "|(?<![0-9A-Za-z+.])1[3-9]\\d\\.\\d{4}\\.\\d{4}(?!\\.?\\d)");
    // From abroad the area code drops its 0 (+86-21-23677624, +86-510-20036546). Only Beijing (010) and the 02x cities
    // have three-digit codes: 071-38127465 is an air waybill.
    private static final Pattern LANDLINE = Pattern.compile(
            // Not inside a code (ADR-0731-2024-0061).
            "(?<![0-9A-Za-z-])(?:(?:\\+86[ -]?)?[(（]0?\\d{2,3}[)）][ -]?|(?:\\+86[ -]?)?0(?:10|2\\d|[3-9]\\d{2})[ －-]|\\+86[ -]?[1-9]\\d{1,2}[ -])\\d{3,4}[ -]?\\d{4}(?:(?:[-转#]|分机| ?(?i:ext)\\.? ?)\\d{1,4})?(?![0-9A-Za-z])");
    // A number from abroad in E.164 form, grouped as its country writes it (+65 8987 3401, +60 18-062 1031,
    // +62 819-9806-2339, +63 994 291 6236): eight to fifteen digits with the country code.
    private static final Pattern INTERNATIONAL = Pattern.compile(
            // Mongolia writes its eight digits in one group or after the code in brackets ((+976) 8598-3206).
            // Kazakhstan and Kyrgyzstan bracket the operator's code (+7 (701) 182-52-02, +996 (220) 96-07-54).
            // Europe dials abroad with 00 (0043 650 4817547).
            "(?<![0-9A-Za-z+])(?:\\+[1-9]\\d{0,2}|00[1-9]\\d{0,2}(?=[ -])|[(（]\\+[1-9]\\d{0,2}[)）])(?:[ -]?[(（]\\d{2,4}[)）])?"
                    // …or with a long last group (+92 334 5560246, +91 84509 88143, +880 1567-702936).
                    + "(?:(?:[ -]\\d{1,4}){2,4}|[ -]\\d{2,5}[ -]\\d{5,8}|[ -]?\\d{7,10})"
                    + "(?![0-9A-Za-z]|[ -]\\d)");
    // Vietnam writes its ten-digit mobiles 4-3-3 with dots or blanks (0881.736.370, 0902 777 633), Kyrgyzstan too
    // (0700 227 810); a full stop may end the sentence after one.
    private static final Pattern VIETNAM_MOBILE = Pattern.compile("(?<![\\d.])0[35789]\\d{2}([. ])\\d{3}\\1\\d{3}(?!\\d|\\.\\d)");
    // Kazakhstan and Russia dial their mobiles at home with 8 (8 705 795 4211, 8 (701) 182-52-02, 8-924-219-77-23),
    // and a Russian town's number with its code in brackets (8 (42332) 9-37-75).
    private static final Pattern KAZAKH_MOBILE = Pattern.compile(
            "(?<![\\d.+-])8[ -]\\(?[79]\\d{2}\\)?[ -]\\d{3}(?:[ -]?\\d{4}|[ -]\\d{2}[ -]\\d{2})(?![\\d-])"
                    + "|(?<![\\d.+-])8 \\(\\d{3,5}\\) \\d{1,3}-\\d{2}-\\d{2}(?![\\d-])");
    // Korea: a mobile on 010 (010-5023-8477, 01050238477) and a landline on a one- or two-digit area code
    // (02-8652-2723); France: ten digits in pairs (07 42 58 97 46); Japan's, Thailand's and Malaysia's
    // mobiles.
    private static final Pattern DIALLED_AT_HOME = Pattern.compile("(?<![\\d.+-])(?:0(?:10|2|[3-6][1-5])-\\d{3,4}-\\d{4}"
            + "|010 ?\\d{4} ?\\d{4}|0[1-9](?: \\d{2}){4}"
            // Japan: a mobile on 070, 080 or 090 (090-1761-8078); Thailand: one on 06, 08 or 09, 3-3-4 (083-159-2385).
            + "|0[789]0-\\d{4}-\\d{4}|0[689]\\d-\\d{3}-\\d{4}"
            // Malaysia: a mobile on 01x, its number after a dash (019-679 0147, 012-3456 7890).
            + "|01\\d-\\d{3,4} \\d{4})(?![\\d-])");
    // Myanmar dials its mobiles at home with 09 and seven to nine digits (09-941976647, 09 633 237 778; Burmese digits
    // already folded): no Chinese number opens so.
    private static final Pattern MYANMAR_MOBILE = Pattern.compile(
            "(?<![\\d.+-])09(?:-\\d{7,9}| \\d{3} \\d{3} \\d{3}| \\d{7,9})(?![\\d-])");
    // A boat at sea answers on a satellite phone: Iridium (+8816 6478 2384, 00881655693227) or Inmarsat (+870).
    private static final Pattern SATELLITE = Pattern.compile("(?<![\\d+])(?:\\+|00)(?:881\\d|870)[ -]?\\d{3,4}[ -]?\\d{4,5}(?!\\d)");
    // A Myanmar citizenship card (NRC): state, township code, (N) and six digits (13/NaKhaNa(N)800624, also in Burmese).
    private static final Pattern MYANMAR_NRC = Pattern.compile(
            "(?<![\\d/])\\d{1,2}/(?:(?:[A-Z][a-z]{0,3}){3,4}|[\\u1000-\\u109F]{2,8})\\((?:N|E|P|Naing|နိုင်)\\)\\d{6}(?!\\d)");
    // A phone written after its label may lack separators (01062345678).
    private static final Pattern LABELLED_PHONE = Pattern.compile(
            "(?:电\\s?话|手\\s?机|座机|联系方式|联系电话|拨打|致电|回电|热线|Tel|TEL|\\btel|Phone|phone|Mobile|mobile"
                    // Portuguese forms of Macau (Telefone, Telemóvel, Contacto).
                    + "|Telefone|Telemóvel|Contacto(?: \\([^)\\n]{1,12}\\))?"
                    // Burmese "phone" (ဖုန်း ၀၉…): Myanmar's 09 and nine digits in one run count only after such a word,
                    // since receipts open so too.
                    + "|ဖုန်း"
                    // A call log names whom it called, then the number (called Ms Verbeek at 5036149).
                    + "|\\b(?:[Cc]alled|[Rr]ang|[Pp]honed|[Rr]eached)\\s[^,.;:\\n]{1,40}?\\s(?:at|on)\\s"

                    // 请见到者联系87028989; 有事打4296667; 请提前预约：2630516; phone (34470537).
                    + "|联系(?=\\d)|打(?=\\d)|预约(?=[:：]))[号码是]*[:：\\t \u3000(（]*"
                    // …or be a local number without its area code (联系电话：2345678).
                    + "((?:\\+?86[ -]?)?0\\d{9,11}(?:(?:转|分机)\\d{1,5})?|[2-9]\\d{6,7}(?:转\\d{1,5})?|[2-9]\\d{3} \\d{4})(?![\\d－-])");
    // A message asks to be called (please call me on 04762800840) or names a contact and their number: only a number
    // with its area code, since "call on 20230623" is a date.
    private static final Pattern CALL_ME = Pattern.compile("\\b(?:[Cc]all|[Rr]ing|[Tt]ext)(?: me| us)?(?: on| at)?\\s"
            + "|\\b[Cc]ontact(?:\\s\\p{Lu}[\\p{L}'-]+){0,3}\\s?[(（]");
    private static final Pattern AREA_CODED = Pattern.compile("(?:\\+?86[ -]?)?0\\d{9,11}(?:(?:转|分机)\\d{1,5})?(?![\\d－-])");
    private static final Pattern BANK_CUE = Pattern.compile("(?:银行卡|卡号|账号|帐号|储蓄卡|信用卡|借记卡|card)[^，。；;,\\n]{0,8}$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CODE_CUE = Pattern.compile(
            "(?:条码|条形码|编号|单号|订单号|流水号|交易号|标本号|样本号|批号|检验号|检查号|影像号|申请号|发票号|邮编|邮政编码)[:：\\s]*$");
    // A Luhn-valid run under a record or insurance label is that number (住院号 17 digits pass Luhn one time in ten).
    private static final Pattern OTHER_LABEL = Pattern.compile(
            "(?:" + LabelledIdDetector.RECORD_LABEL + "|" + LabelledIdDetector.INSURANCE_LABEL + ")" + LabelledIdDetector.SEP + "$");
    // A scan may set a blank between every character of an ID (6 1 0 7 0 3 1 9 6 8 0 7 2 4 4 3 8 X); its check
    // character vouches for it.
    private static final Pattern SPREAD_ID = Pattern.compile("(?<![\\dA-Za-z][ \u3000]?)\\d(?:[ \u3000]\\d){16}[ \u3000][\\dXx]"
            + "(?![ \u3000]?[\\dA-Za-z])");
    // A card is grouped in fours (6222 0212 3456 7890 123); other groupings are a date and a phone side by side.
    private static final Pattern CARD_GROUPS = Pattern.compile("\\d+|(?:\\d{4,}[ -])+\\d+");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            String raw = m.group();
            String digits = raw.replaceAll("[ -]", "");
            boolean grouped = digits.length() != raw.length();
            String before = text.substring(Math.max(0, m.start() - 16), m.start());
            boolean bankCue = BANK_CUE.matcher(before).find();
            // A scanned or dictated ID may be grouped (110105 19491231 002X); the check digit and birth date vouch for
            // it. A legacy 15-digit ID has no check digit, so only its usual groupings (6-6-3, 4-4-4-3) are taken.
            boolean id = Checksums.isResidentId18(digits) || Checksums.isResidentId15(digits)
                    && (!grouped || raw.matches("\\d{6}[ -]\\d{6}[ -]\\d{3}|\\d{4}[ -]\\d{4}[ -]\\d{4}[ -]\\d{3}"));
            // No card number opens with 0, which is how a landline with its area code and extension begins.
            boolean bank = digits.length() >= 16 && digits.length() <= 19 && digits.chars().allMatch(Character::isDigit)
                    && digits.charAt(0) != '0'
                    && Checksums.luhn(digits) && CARD_GROUPS.matcher(raw).matches()
                    && (bankCue || !labelledOther(text, m.start()) && !CODE_CUE.matcher(before).find());
            if (id && !(bank && bankCue)) out.add(new Span(m.start(), m.end(), EntityKind.ID_NUMBER));
            else if (bank) out.add(new Span(m.start(), m.end(), EntityKind.BANK_CARD));
            else idBeforeAnotherNumber(raw, m.start(), out);
        }
        for (Matcher spread = SPREAD_ID.matcher(text); spread.find(); ) {
            if (Checksums.isResidentId18(spread.group().replaceAll("[ \u3000]", ""))) {
                out.add(new Span(spread.start(), spread.end(), EntityKind.ID_NUMBER));
            }
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            // An 11-digit barcode or order number is not a phone even when it starts with 13–19.
            if (!CODE_CUE.matcher(text.substring(Math.max(0, mobile.start() - 8), mobile.start())).find()) {
                out.add(new Span(mobile.start(), mobile.end(), EntityKind.PHONE));
            }
        }
        Matcher landline = LANDLINE.matcher(text);
        while (landline.find()) {
            // …nor is a numbered code after its label (货运单号071-38127465).
            if (!CODE_CUE.matcher(text.substring(Math.max(0, landline.start() - 8), landline.start())).find()) {
                out.add(new Span(landline.start(), landline.end(), EntityKind.PHONE));
            }
        }
        Matcher nrc = MYANMAR_NRC.matcher(text);
        while (nrc.find()) out.add(new Span(nrc.start(), nrc.end(), EntityKind.ID_NUMBER));
        for (Pattern national : List.of(VIETNAM_MOBILE, KAZAKH_MOBILE, MYANMAR_MOBILE, DIALLED_AT_HOME, SATELLITE)) {
            Matcher local = national.matcher(text);
            while (local.find()) out.add(new Span(local.start(), local.end(), EntityKind.PHONE));
        }
        Matcher abroad = INTERNATIONAL.matcher(text);
        while (abroad.find()) {
            int digits = abroad.group().replaceAll("\\D", "").length();
            if (digits >= 8 && digits <= 15) out.add(new Span(abroad.start(), abroad.end(), EntityKind.PHONE));
        }
        addAll(out, LABELLED_PHONE.matcher(text), 1);
        Matcher call = CALL_ME.matcher(text);
        while (call.find()) {
            Matcher number = AREA_CODED.matcher(text).region(call.end(), text.length());
            if (number.lookingAt()) out.add(new Span(number.start(), number.end(), EntityKind.PHONE));
        }
        return out;
    }

    /** A record or insurance label stands right before {@code start}: the number there is that, not a card. */
    static boolean labelledOther(String text, int start) {
        Matcher label = OTHER_LABEL.matcher(text).region(Math.max(0, start - 24), start);
        return label.useTransparentBounds(true).find();
    }

    // A row puts the phone right after the ID number, a blank between (440306195902145778 192 1163 9607).
    private static void idBeforeAnotherNumber(String raw, int start, List<Span> out) {
        int blank = raw.indexOf(' ');
        if (blank < 0) return;
        String first = raw.substring(0, blank);
        if (Checksums.isResidentId18(first) || Checksums.isResidentId15(first)) {
            out.add(new Span(start, start + blank, EntityKind.ID_NUMBER));
        }
    }

    private static void addAll(List<Span> out, Matcher m, int group) {
        while (m.find()) out.add(new Span(m.start(group), m.end(group), EntityKind.PHONE));
    }
}
