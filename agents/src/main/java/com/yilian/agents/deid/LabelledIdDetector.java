package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers that only their label tells apart from other codes (record and insurance numbers), and birth dates,
 * which look like any visit date until a birth cue stands next to them.
 */
final class LabelledIdDetector implements Detector {
    // A label may be followed by a colon, 为/是, 号码 or an opening bracket (携医保卡（…）).
    // Markdown exports wrap labels and values in ** and ` and write a key | value row.
    // JSON quotes its keys and values ("工伤保险号":"NMYB2104429748").
    // Hakka and Cantonese say 係 (folded to 系) for 是 (医保卡号係MZSB…).
    static final String SEP = "[*`\"]*\\s*(?:[:：|｜=]|为|是|系|号码|[（(])?\\s*[*`\"]*";
    // Record numbers by their head: a visit or record word, then a number word (住院号, 病案编号, 就诊卡号); an exam's
    // accession number (检查号) points at an exam, not a person.
    static final String RECORD_LABEL =
            "(?:(?:住院|门诊|急诊|病案|病历|就诊|登记|病理|随访)(?:病案)?(?:卡号|编号|号码|号|ID)|住院病案号|患者ID|病人ID|MRNs?|ID号"
                    + "|(?i:accession)(?: (?i:no\\.?|number))?"
                    // An antiretroviral-therapy clinic numbers its patients (ART no.: DYY21-76319).
                    + "|ART (?i:no\\.?|number)|(?i:archive) (?i:no\\.?|number)"
                    // Uyghur: a case's number (دېلو نومۇرى).
                    + "|دېلو نومۇرى"
                    // Scans spread a label's characters (病 历 号); a health record, wristband, a form's own 编号 field or a bare
                    // visit card.
                    + "|[住门急病就]\\s[院诊案历]\\s号|健康档案(?:编号|号)|档案(?:编号|号)|腕带号|体检(?:编号|号)|影像号|(?<![\\p{IsHan}A-Za-z])编号(?=\\s*[:：])"
                    // A person's own booklet or certificate (母子健康手册 手册编号, 献血证号, 接种证号); an English hospital number.
                    + "|(?:手册|献血证|接种证|保健卡)(?:编号|号码|号)|接种(?:编码|编号)"
                    // A family doctor's contract names its patient (签约编号, Contract no.).
                    + "|签约(?:编号|号)|(?i:contract) (?i:no\\.?|number)"
                    // A TB register's entry (TB reg. TB420111-2023-0481) and a counselling centre's case (个案号 XLZX202317).
                    // Portuguese forms of Macau name a patient's file its process (Processo n.º SW-2019-4471).
                    + "|Processo(?: n\\.º)?"
                    + "|TB (?i:reg(?:istration)?)\\.?(?: (?i:no\\.?|number))?|个案(?:编号|号)"
                    // A health check's number in Korean and Japanese (검진번호, 受診番号), a HIS export's key (hisNo).
                    + "|검진번호|등록번호|受诊番号|患者番号|(?<![A-Za-z])(?i:his ?no)(?![A-Za-z])"
                    // A treatment programme's or antenatal clinic's own number (抗病毒治疗编号, 建档号, 产前检查号).
                    + "|(?:治疗|建档|建卡|建册|产检)(?:编号|号)|产前检查号"
                    // A Hong Kong or Shenzhen hospital's patient number (病人编号 QK24198885, 醫院編號 HN16841705(6)); a
                    // chronic-disease register's management number (管理编号 TNB-610703-24249, register no., manageNo).
                    // A short management code shared by a whole register (管理编号：GXY-0612) and a disease registry's own
                    // number (registry no. RD-JX-2021-0152) name no one.
                    + "|病人(?:编号|号码)|医院编号|管理(?:编号|号)(?!\\s*[:：]?\\s*[A-Za-z]{0,4}-?\\d{1,5}(?!\\d))"
                    + "|(?i:(?:medical record|register|hospital) (?:no\\.?|number))"
                    + "|(?<![A-Za-z])(?:manageNo|patientNo)(?![A-Za-z])"
                    // A cancer registry card's spread label (登 记 号).
                    + "|登\\s记\\s号"
                    // A clinic's bare 卡号 is its patient card (a bank card is all digits: NumberDetector's).
                    + "|(?<!\\p{IsHan})卡号(?=\\s*[:：]\\s*(?:[A-Za-z]|\\d{6}-|\\d{8,12}(?!\\d)))|(?i:hosp(?:ital)?\\.?|patient|chart|case|clinic)(?-i: ED| A&E)? (?i:no\\.?|number)(?: is)?|ED (?i:no\\.?|number)|(?:建床|透析|放疗|化疗)(?:编号|号)|就诊卡(?=\\s*[:：]?\\s*[A-Za-z]{0,4}\\d))";
    // A register may add the year after a slash (0089814/22) or put it before (RY2022/224629).
    // Macau's hospitals write a patient's process by letter, year and number (P/19/384712).
    static final String RECORD_VALUE = "[A-Z]{1,3}/\\d{2}/\\d{4,8}(?![\\d/])|(?:No\\.\\s?)?(?:[A-Za-z]{1,4}-)?[A-Za-z]{0,4}[-]?\\d[A-Za-z0-9-]{3,19}(?:/\\d{2,8}(?![\\d/])|[(（][0-9A-Z][)）])?";
    private static final Pattern RECORD = Pattern.compile(RECORD_LABEL + SEP + "(" + RECORD_VALUE + ")(?![A-Za-z0-9])");
    // …and the next one of a list under the same label (MRNs LA-ZY20057399, YG18-7127; 合并住院号A与B).
    private static final Pattern NEXT_RECORD = Pattern.compile(RECORD_LABEL + SEP + "(" + RECORD_VALUE + ")\\s*(?:[,，、]|与|和|及)\\s*("
            + RECORD_VALUE + ")(?![A-Za-z0-9])");
    // Insurance numbers by their head: a scheme word, optionally its card, then a number word (医保编号, 社保卡号,
    // 医疗保险号码, 参保号, 新农合证号); a bare scheme word or card needs a colon or bracket (医保：, 医保卡（…）).
    // 参合证号 is the rural co-operative scheme's certificate, 长护险编号 the long-term care insurance's.
    static final String INSURANCE_LABEL =
            "(?:(?:医疗保险|社会保险|医保|社保|参保|参合|新农合|农合|合作医疗|商业保险|长期护理保险|长护险|保险)(?:卡|证|凭证|电子凭证)?(?:卡号|编号|编码|号码|账号|号|ID)"
                    // The rural scheme's 医疗证; a Japanese policy (証券番号, 保険証番号) and a Korean one (보험번호).
                    + "|医疗证(?:编号|号码|号)|合疗证(?:编号|号码|号)|合疗号|(?<![A-Za-z])ruralCoopNo(?![A-Za-z])|(?<=保险[^\\n]{0,16})会员(?:编号|号)|(?:证券|保[険险]证|被保[険险]者|保[険险]者)番号|건강보험(?:증)?(?:번호)?|보험(?:증)?번호"
                    + "|电子凭证(?:编码|号码|号)|(?:居民)?健康卡(?:卡号|号码|号)|(?i:(?:medical |school )?insurance|insurer|policy|scheme) (?i:policy |certificate |card )?(?i:no\\.?|number|ID)(?: is)?"
                    // A student's or traveller's cover by its card or certificate alone (insurance card LH2022…).
                    + "|(?i:insurance card|insurance certificate|policy certificate|school insurance)(?=\\s*[:：]?\\s*[A-Za-z]{0,4}-?\\d{2})|(?i:member|subscriber) (?i:ID|no\\.?|number)|NHS (?i:no\\.?|number)"
                    // A commercial policy (保单号：AH34-…, 保单 AH34-…).
                    // A group policy covers a whole workforce and names no one (团体保单号).
                    + "|(?<!团体)保单(?:号码|编号|号)|(?<!团体)保单(?=\\s*[:：]?\\s*[A-Za-z]{0,4}-?\\d{2})"
                    + "|社会保障卡号|个人编号|(?:医疗保险|医保|社保|新农合|农合|(?:工伤|生育|养老|失业)保险)(?:卡|证)?(?=\\s*[:：（(]|\\s*[A-Za-z]{0,4}-?\\d{2})"
                    // An English claim names the policy by its code alone (policy NX64-5858301164).
                    + "|(?i:policy)(?=\\s+[A-Z]{2,4}-?\\d{2}))";
    // An insurer abroad puts a country or office before the number (AXA-FR-536663) or groups it by blanks (BG 0272 9847).
    static final String INSURANCE_VALUE = "(?:[A-Za-z]{1,5}-){0,2}[A-Za-z]{0,5}-?\\d(?:-?[A-Za-z0-9]){5,21}"
            + "|[A-Za-z]{1,5} \\d{3,6}(?: \\d{3,6}){1,3}"
            // An NHS number, which German statutory cards in exports copy, is grouped 3-3-4 (454 323 5800).
            + "|\\d{3} \\d{3} \\d{4}(?![\\d ])";
    private static final Pattern INSURANCE = Pattern.compile(
            // Provinces group them with dashes (YN-1801-186969); Heilongjiang's prefix has five letters (HLJYB…).
            INSURANCE_LABEL + SEP + "(" + INSURANCE_VALUE + ")(?![A-Za-z0-9])");
    // A bank account abroad is no card and fails the Luhn check (工资账户 0346959390, 本国账户 8193-01-558475-51-9,
    // Beneficiary account: …): its label says what it is; a mobile after 账号 is the app's login, not an account.
    private static final Pattern ACCOUNT = Pattern.compile("(?:工资账户|本国账户|银行账户|收款账户|(?i:beneficiary account|bank account"
            + "|account no\\.?|account number))[\"']?\\s*[:：=]?\\s*[\"']?(\\d[\\d-]{7,22}\\d)(?![\\d-])"
            + "|\"account\"\\s*:\\s*\"(\\d[\\d-]{7,22}\\d)\"");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    // A foreign national identity number after its label (National ID: 040075522721, 身份证件号：186597736, 本国身份证号…).
    private static final Pattern FOREIGN_NATIONAL_ID = Pattern.compile("(?:(?i:national ID)(?: (?i:no\\.?|number))?|身份证件号|本国身份证号)"
            + "\\s*[:：]?\\s*(\\d{8,16})(?!\\d)");
    // A voice note puts a few words between the label and a scheme-prefixed number (医保卡号额给你念一下 SXYB1702641249).
    private static final Pattern SPOKEN_INSURANCE = Pattern.compile(
            INSURANCE_LABEL + "[^\\n。；;\\dA-Za-z]{1,12}?\\s([A-Z]{2,5}\\d{8,14})(?![A-Za-z0-9])");
    // In any case: Hong Kong forms write 05 MAR 1976.
    private static final String MONTH = "(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
            // Malay and Indonesian, as relatives in Malaysia and Indonesia write (3 Ogos 1946, 26 Maret 1987).
            + "|Januari|Februari|Mac|Maret|Mei|Juni|Juli|Julai|Ogos|Agustus|Oktober|Disember|Desember"
            // Italian, French, German and Dutch, and Russian in the genitive (20 maggio 1947, 3 juillet 1968, 1 апреля 1998).
            + "|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
            + "|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
            + "|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|januari|februari|maart|augustus"
            + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
    // A lunar month (闰, 冬月, 腊月) and day (初八, 廿三, 三十), as lunar birthdays are written.
    private static final String LUNAR_MONTH = "(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月";
    private static final String LUNAR_DAY = "(?:初[一二三四五六七八九十]|廿[一二三四五六七八九]?|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
            + "|[一二三四五六七八九])";
    // Grandparents give the Republic's year and a lunar month and day (民国二十一年冬月初四).
    private static final String REPUBLIC_LUNAR = "民国[一二三四五六七八九十]{1,3}年" + LUNAR_MONTH + LUNAR_DAY + "[日号]?";
    // A cyclical year with a lunar month and day is a birthday as the family keeps it (辛卯年八月廿五).
    private static final String CYCLICAL_LUNAR = "[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年" + LUNAR_MONTH + LUNAR_DAY;
    private static final String ERA_DATE = "(?:傣历|佛历)\\d{4}年\\d{1,2}月\\d{1,2}日";
    // The Yi solar calendar names its ten months by element and sex (彝历1993年土母月19日, 彝历一九九七年木公月七日).
    private static final String YI_DATE = "彝历(?:\\d{4}|[〇零一二三四五六七八九]{4})年[木火土金铜铁水][公母]月"
            + "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日";
    private static final String THAI_MONTH = "(?:ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.)";
    // A lunar year: cyclical, in digits, or in Chinese numerals of four or two (阴历四九年四月初一).
    private static final String LUNAR_YEAR = "[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|\\d{4}年"
            + "|[〇零一二三四五六七八九]{4}年|[〇零一二三四五六七八九]{2}年";
    private static final String TIBETAN_DATE = "藏历(?:第[一二三四五六七八九十]{1,3}饶迥)?[木火土铁金水][鼠牛虎兔龙蛇马羊猴鸡狗猪]年"
            + LUNAR_MONTH + "(?:" + LUNAR_DAY + "|[一二三四五六七八九十]{1,3})日?";
    // A date of birth: year first, day first (DOB: 03/07/1984), in Chinese numerals (一九八七年三月十二日), year and
    // month only, or eight digits; a newborn's also with the hour (2024-03-05 14:22, 2024年3月5日14时22分).
    static final String DATE_VALUE = "(?:\\d{4}\\s*(?:年|-|/|\\.)\\s*\\d{1,2}\\s*(?:月|-|/|\\.)\\s*\\d{1,2}\\s*[日号]?"
            + "(?:\\s*\\d{1,2}[:：]\\d{2}|\\s*\\d{1,2}\\s*[时点]\\s*\\d{1,2}\\s*分)?|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}"
            // Spoken in a dictation, also with a two-digit year (零八年一月十八号).
            + "|(?:[〇零一二三四五六七八九]{4}|[〇零一二三四五六七八九]{2})年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十廿卅]{1,3}[日号]?)?"
            + "|\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:份)?|\\d{8}(?!\\d)"
            // Passports and their exports write the day, the month's three capitals and the year (07SEP1978).
            + "|(?<![\\dA-Za-z])\\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\\d{4}(?!\\d)"
            // Korean writes year, month and day with 년 월 일 (1977년 5월 11일).
            + "|\\d{4}년 ?\\d{1,2}월 ?\\d{1,2}일"
            // A two-digit year as forms abbreviate it (出生日期：58年8月, 生于56-3-7).
            + "|(?<!\\d)\\d{2}年\\d{1,2}月(?:\\d{1,2}[日号])?|(?<![\\d-])\\d{2}-\\d{1,2}-\\d{1,2}(?![\\d-])"
            // English month names: Jun 6, 2000; 6 June 2000;
            + "|(?:" + MONTH + ")\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? (?:" + MONTH + ")\\.? \\d{4}"
            // …25th October 1977, 18-Apr-2021, 1999-Feb-07.
            + "|\\d{1,2}-(?:" + MONTH + ")-\\d{4}|\\d{4}-(?:" + MONTH + ")-\\d{1,2}"
            // Taiwan counts years from 1912 (民國71年6月16日, 071/06/16); a form may give only year and month (1953-05, 1958.09).
            + "|民国\\d{1,3}年\\d{1,2}月(?:\\d{1,2}[日号])?|(?<![\\d/])\\d{3}/\\d{2}/\\d{2}(?![\\d/])|" + REPUBLIC_LUNAR
            // A school register's year and month in six digits (出生年月：201104).
            + "|(?<!\\d)(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?!\\d)"
            // Japan counts by era (昭和57年10月16日, 平成2年2月3日, abbreviated S57.11.1, H2.2.3).
            + "|(?:大正|昭和|平成|令和)\\d{1,2}年\\d{1,2}月\\d{1,2}日|(?<![A-Za-z])[TSHR]\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}(?![\\d.])"
            + "|(?<![\\d-])\\d{4}-\\d{2}(?![\\d-])|(?<![\\d.])(?:19|20)\\d{2}\\.\\d{1,2}(?![\\d.])"
            // Mongolian Cyrillic: year, then the month by number or ordinal word, then the day (1974 оны 8-р сарын 14,
            // 1990 оны арван хоёрдугаар сарын 8).
            + "|\\d{4} оны (?:\\d{1,2}-р|\\p{IsCyrillic}+(?: \\p{IsCyrillic}+)?) сарын \\d{1,2}(?!\\d)"
            // Uyghur: year, month and day each with its word (2004-يىلى 8-ئاينىڭ 21-كۈنى); Tibetan likewise (digits
            // folded: སྤྱི་ལོ་1945 ཟླ་4 ཚེས་5).
            + "|\\d{4}-يىلى \\d{1,2}-ئاينىڭ \\d{1,2}-كۈنى|སྤྱི་ལོ་\\d{4} ཟླ་\\d{1,2} ཚེས་\\d{1,2}"
            // The Dai and Buddhist calendars count years from 638 and from 543 BCE (傣历1329年6月15日, 佛历2510年3月12日,
            // 12 Mar B.E. 2510, 12 มี.ค. 2510).
            + "|" + ERA_DATE + "|\\d{1,2} (?:" + MONTH + ")\\.? B\\.E\\. \\d{4}|\\d{1,2} " + THAI_MONTH + " \\d{4}"
            // The Tibetan calendar names the year by element and animal, in a sixty-year cycle (藏历第十七饶迥土鼠年十月十三日).
            + "|" + TIBETAN_DATE
            // Vietnam writes the day first (28-04-1972, ngày 24 tháng 4 năm 1961); a lunar birthday may follow its
            // year (1951年农历十月初八).
            + "|(?<![\\d-])\\d{1,2}-\\d{1,2}-\\d{4}(?![\\d-])|ngày \\d{1,2} tháng \\d{1,2} năm \\d{4}"
            + "|\\d{4}年(?:农历|阴历|老历)" + LUNAR_MONTH + LUNAR_DAY
            // A lunar birthday, by the cyclical or written year (农历戊戌年腊月廿三, 阴历1998年七月初六).
            + "|(?:农历|阴历|老历)(?:" + LUNAR_YEAR + ")?"
            + LUNAR_MONTH + LUNAR_DAY + "?)";
    private static final String DATE = "(" + DATE_VALUE + ")";
    // A Tibetan-, Dai-, Buddhist-, Yi-, Republic- or cyclical-calendar date with its year is a birthday even without a
    // label, as a lunar one is.
    private static final Pattern CALENDAR_WITH_YEAR = Pattern.compile(
            "(" + TIBETAN_DATE + "|" + ERA_DATE + "|" + YI_DATE + "|" + REPUBLIC_LUNAR + "|" + CYCLICAL_LUNAR + ")");
    // A lunar date with its year is a birthday even without a label (1951年农历十月初八, 农历1932年四月三十):
    // visits and tests are dated by the solar calendar.
    private static final Pattern LUNAR_WITH_YEAR = Pattern.compile(
            "((?:\\d{4}年(?:农历|阴历|老历)|(?:农历|阴历|老历)(?:" + LUNAR_YEAR + "))" + LUNAR_MONTH + LUNAR_DAY + "?)");
    static final String DOB_LABEL = "(?:出生日期|出生年月日|出生年月|出生时间|出生于|(?<![医先学师])生于|生日|出生|生年月日|DOB|D\\.O\\.B\\."
            + "|[Dd]ate[ _]of[ _][Bb]irth|[Bb]irth[ _]?[Dd]ate|[Bb]orn(?: on)?"
            // Mongolian in Cyrillic and in its own script, and Russian.
            + "|Төрсөн огноо|Төрсөн он сар өдөр|ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ|Дата рождения"
            // Kazakh and Uyghur (Туған күні, تۇغۇلغان ۋاقتى).
            + "|Туған күні|Туылған күні|تۇغۇلغان ۋاقتى|تۇغۇلغان كۈنى|སྐྱེས་ཚེས"
            // Vietnamese (Ngày sinh, Sinh ngày, ngaySinh in exports) and a scan's spread label (出 生 时 间).
            + "|[Nn]gày sinh|[Ss]inh ngày|ngay_?[Ss]inh|出\\s生\\s时\\s间|出生\\s+(?:时间|日期)"
            // Korean, Italian, Spanish, Portuguese, French, German, Dutch and Russian labels (생년월일, Nata il, Fecha de
            // nacimiento, Date de naissance, Geburtsdatum, geboren, дата рождения).
            + "|생년월일|출생일|[Nn]at[oa] il|[Dd]ata di nascita|[Ff]echa de nacimiento|[Dd]ata de nascimento"
            + "|[Dd]ate de naissance|[Nn]é(?:e)? le|[Gg]eburtsdatum|[Gg]eb\\.|[Gg]eboren(?: op| am)?|[Gg]eboortedatum|дата рождения)";
    // Cantonese says 系 for "is" (生日系农历1932年四月三十); exports quote their values ("ngaySinh":"…"); a correction
    // says what it should be (出生日期应该是…); Tibetan ends a key with a shad (སྐྱེས་ཚེས།).
    private static final Pattern DOB_BEFORE = Pattern.compile(DOB_LABEL
            + "[\"]?\\s*(?:[:：།]|应该是|应是|应为|为|是|系|在|于|由)?\\s*[\"]?\\s*" + DATE);
    // A correction names the birth date twice (出生日期由 1947/11/14 更正为 1952/2/2): the second is one too.
    private static final Pattern DOB_CORRECTED = Pattern.compile("(?:出生日期|生日)由\\s*" + DATE_VALUE
            + "\\s*(?:更正|修改|改)为\\s*" + DATE);
    // …or after it on the same line (1956年3月7日生); 生前预嘱 on the next line is no birth.
    // A delivery's date is the newborn's birth date (产妇…，20130417分娩一男婴).
    // …also with the place between (2016-01-04在帐篷里出生).
    private static final Pattern DOB_AFTER = Pattern.compile(DATE + "[ \\t\u3000]*(?:(?:在\\p{IsHan}{1,8}?)?出生(?!医学|证)"
            + "|出世|生人|生(?![前活育长产效物理病])|分娩|娩出)");

    // …or right after the gender of a row of fields (12床 王素珍 女 2013年9月9日 血型O; 郑晓丹,男,1968.3.6,…), which is
    // where forms put it; a visit date after a gender is followed by its event (女，2024年1月3日就诊).
    private static final Pattern DOB_AFTER_GENDER = Pattern.compile(
            "(?:^|(?<=[\\s,，|]))[男女][ \\t\u3000,，|]+" + DATE + "(?=[ \\t\u3000,，|]|$)", Pattern.MULTILINE);

    // …or between the name that opens a roster's row and the phone or ID after it (叶舟 1978-07-03 17027883324), where
    // a register of residents puts it.
    private static final Pattern DOB_IN_ROSTER = Pattern.compile(
            "(?m)^\\p{IsHan}{2,4}[ \\t\u3000|,，]+" + DATE + "(?=[ \\t\u3000|,，]+[+(（]?\\d[\\d ()（）+-]{7,}\\d)");

    // …or right after the person's identity number in such a row (邱焕坤 362126480221711 1952/1/7), the row's end or
    // its next cell after it.
    private static final Pattern DOB_AFTER_ID_IN_ROSTER = Pattern.compile(
            "(?m)^\\p{IsHan}{2,4}[ \\t\u3000|,，]+(?:\\d{6}[ -]?\\d{8}[ -]?\\d{3}[\\dXx]|\\d{15})[ \\t\u3000|,，]+" + DATE
                    + "(?=[ \\t\u3000|,，]|$)");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        add(out, RECORD.matcher(text), EntityKind.MEDICAL_RECORD);
        Matcher next = NEXT_RECORD.matcher(text);
        while (next.find()) {
            // A number of the list has letters or the first one's length: 体检号No.98443075，2014年… goes on with a date.
            if (next.group(2).matches(".*[A-Za-z].*") || next.group(2).length() == next.group(1).length()) {
                out.add(new Span(next.start(2), next.end(2), EntityKind.MEDICAL_RECORD));
            }
        }
        add(out, INSURANCE.matcher(text), EntityKind.INSURANCE);
        add(out, FOREIGN_NATIONAL_ID.matcher(text), EntityKind.ID_NUMBER);
        for (Matcher account = ACCOUNT.matcher(text); account.find(); ) {
            int group = account.group(1) != null ? 1 : 2;
            if (MOBILE.matcher(account.group(group).replace("-", "")).matches()) continue;
            out.add(new Span(account.start(group), account.end(group), EntityKind.BANK_CARD));
        }
        add(out, SPOKEN_INSURANCE.matcher(text), EntityKind.INSURANCE);
        add(out, DOB_BEFORE.matcher(text), EntityKind.BIRTH_DATE);
        add(out, DOB_AFTER.matcher(text), EntityKind.BIRTH_DATE);
        add(out, DOB_CORRECTED.matcher(text), EntityKind.BIRTH_DATE);
        add(out, DOB_AFTER_GENDER.matcher(text), EntityKind.BIRTH_DATE);
        add(out, DOB_IN_ROSTER.matcher(text), EntityKind.BIRTH_DATE);
        add(out, DOB_AFTER_ID_IN_ROSTER.matcher(text), EntityKind.BIRTH_DATE);
        add(out, LUNAR_WITH_YEAR.matcher(text), EntityKind.BIRTH_DATE);
        add(out, CALENDAR_WITH_YEAR.matcher(text), EntityKind.BIRTH_DATE);
        return out;
    }

    private static void add(List<Span> out, Matcher m, EntityKind kind) {
        while (m.find()) {
            int end = m.end(1);
            while (end > m.start(1) && Character.isWhitespace(m.group(1).charAt(end - 1 - m.start(1)))) end--;
            if (kind == EntityKind.BIRTH_DATE && m.group(1).matches("\\d{8}")
                    && !Checksums.validDate(m.group(1))) continue;
            out.add(new Span(m.start(1), end, kind));
        }
    }
}
