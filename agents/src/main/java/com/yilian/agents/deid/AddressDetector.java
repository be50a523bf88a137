package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postal addresses as a chain of administrative and street components (省 市 区 县 镇 乡 街道 村 路 号 小区 栋 单元 室).
 * A chain starts after an address cue (住址、家住…) or at a province or city name; without a cue it needs two
 * components, so that a hospital named after its city (北京协和医院) stays intact.
 */
final class AddressDetector implements Detector {
    // Shopping apps and OCR put a blank between the levels (哈尔滨市 南岗区 学府路302号…).
    private static final String BLANK = "[ \u3000]?";
    // The level words after which a blank may stand inside one address.
    private static final Pattern LEVEL_END = Pattern.compile("(?:省|市|区|县|州|盟|旗|镇|乡|苏木)$");
    private static final String PROVINCES = "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南"
            + "|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门";
    // An autonomous prefecture or county names up to four peoples (黔东南苗族侗族自治州, 双江拉祜族佤族布朗族傣族自治县),
    // some without 族 (伊犁哈萨克自治州, 克孜勒苏柯尔克孜自治州).
    private static final String PEOPLES = "(?:\\p{IsHan}{1,3}?族|哈萨克|蒙古|柯尔克孜){0,4}";
    private static final Pattern CUE = Pattern.compile(
            "(?:家庭住址|现住址|户籍地址|户籍所在地|住[\\s\u3000]*址|地[\\s\u3000]*址|家住|家在|住在|现住|现居|居住于|居住在|住于|户籍|籍贯|通讯地址|联系地址|寄往|寄到|寄至|派送至|派送区域|收货地址|收件地址|配送地址|(?i:(?:new |home |usual )?address(?: is)?|addr|residence|staying at|resides at|lives at|write to (?:me|us) at)"
                    // Mongolian, Russian, Kazakh and Uyghur forms (Хаяг:, Адрес:, Мекенжай:, ئادرېسى:).
                    + "|Хаяг|хаяг|Адрес|адрес|Мекенжай|мекенжай|ئادرېسى|ئادرېس"
                    // Any place-of label ending in 地 (参保地, 居住地, 出生地, 工作地, 暂住地).
                    + "|(?:参保|居住|户籍|出生|工作|暂住|常住|现居|所在|投保|就业|单位所在|发病|受伤|事发|出险|驻)地(?:址)?"
                    // A herding family's seasonal pastures (冬牧场：…).
                    + "|(?:冬|夏|春秋)牧场(?=\\s*[:：]))"
                    + "\\s*(?:[:：=]|为|是|在|于)?\\s*");
    // An address abroad in Latin script after a cue (地址Blk 393 Bedok North Ave 2 #15-306 Singapore 468008, lives at
    // No. 52, Lorong Kulit, 10460 George Town, Penang or call…): up to the end of its clause.
    private static final Pattern LATIN_ADDRESS = Pattern.compile("[A-Z0-9\\p{Lu}\\p{IsArabic}][^\\n。；;|\"]{8,100}?"
            + "(?=[\\n。；;|\"，]|\\p{IsHan}|\\s(?:or|and|please|Please|Thank)\\b|\\.?\\s*$|\\.\\s*\\n"
            + "|\\.\\s+(?:Her|His|Their|The|She|He|I|We|Please|Thank)\\b)");
    private static final Pattern ADDRESS_LABEL = Pattern.compile("(?:地|住)[\\s\u3000]*址[:：]");
    private static final Pattern FIELD = Pattern.compile("[^\\n；;。，,|]{4,40}(?<![\\s])(?=[\\n；;。，,|]|$)");
    // Countries whose places patients' families write in Chinese.
    private static final String COUNTRIES = "俄罗斯|日本|韩国|朝鲜|蒙古国|哈萨克斯坦|美国|加拿大|澳大利亚|新西兰|英国|法国|德国|意大利"
            + "|西班牙|葡萄牙|荷兰|奥地利|马来西亚|新加坡|泰国|越南|缅甸|老挝|柬埔寨|菲律宾|印度尼西亚|印尼";
    // Cities of four characters whose names open with a word (克拉|玛依).
    private static final String LONG_CITIES = "乌鲁木齐|呼和浩特|齐齐哈尔|呼伦贝尔|鄂尔多斯|巴彦淖尔|乌兰察布|克拉玛依|锡林郭勒|西双版纳";
    private static final Pattern LONG_CITY = Pattern.compile(LONG_CITIES);
    // Admin areas start at a province or at a Chinese place name followed by 市/区/县.
    private static final Pattern ANCHOR = Pattern.compile(
            // 香港地址… is a label: the address follows it.
            "(?:" + PROVINCES + ")(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?(?!地址|住址|居民|户籍)"
                    // No place name opens with a verb of motion (，搬到|湘西…, 回到|…).
                    + "|(?:(?<!\\p{IsHan})(?![至在于往到住自去给喺回从])(?!\\p{IsHan}到)|(?<=[至在于往到住自去给喺回从])(?!址))(?:(?:" + LONG_CITIES + "|\\p{IsHan}{2,4}?" + PEOPLES + ")(?:市|自治州|地区|盟|州(?=\\p{IsHan}{1,6}?[县市]))"
                    // A banner's name may run to eight characters (达尔罕茂明安联合旗).
                    + "(?=" + BLANK + "\\p{IsHan}{1,8}?(?:区|县|市|镇|乡|路|街|大道|农场|林场|牧场|林业局|团)|" + BLANK + "\\p{IsHan}{1,8}?旗|\\p{IsHan}{1,3}?(?:\\p{IsHan}{1,3}?族){1,4}自治县)"
                    // A county or banner before its town (宁都县黄陂镇…, 巴马瑶族自治县甲篆镇, 科尔沁右翼前旗乌兰毛都苏木).
                    + "|\\p{IsHan}{1,3}?(?:" + PEOPLES + "自治)?县(?=\\p{IsHan}{1,5}?(?:镇|乡|街道|农场|林场|牧场))"
                    // A city district before its subdistrict or town (万州区太白街道…).
                    + "|(?:(?<!\\p{IsHan})|(?<=[在于到住喺]))\\p{IsHan}{2,3}?(?:新)?区(?=" + BLANK + "\\p{IsHan}{1,8}?(?:街道|镇|乡|胡同|片区|社区|里(?![\\p{IsHan}&&[^0-9]])|村|小区|花园|家园|新村|新城|苑|园))"
                    // Macau and Hong Kong open with the street and number before the building (筷子基北街198号荷花大厦…).
                    + "|(?:(?<!\\p{IsHan})|(?<=[在于到住喺]))\\p{IsHan}{2,6}(?:街|路|马路|巷)(?=\\d{1,4}号\\p{IsHan}{2,8}?(?:大厦|花园|苑|中心|广场|邨))"
                    + "|\\p{IsHan}{2,8}?旗(?=\\p{IsHan}{1,6}?(?:镇|乡|苏木))"
                    // A forest bureau before its forest farm, a state farm before its management area (柴河林业局北站林场,
                    // 友谊农场5管理区): the north-east's state land names its people's homes.
                    + "|(?:(?<!\\p{IsHan})|(?<=[在于到住喺]))(?:\\p{IsHan}{2,4}?林业局(?=\\p{IsHan}{1,6}?林场)"
                    + "|\\p{IsHan}{2,6}?农场(?=第?[0-9一二三四五六七八九十]{1,3}管理区|场部|\\p{IsHan}{1,4}?分场))"
                    // A place abroad written in Chinese, by its country, region and city before a street and its number
                    // (俄罗斯滨海边疆区乌苏里斯克市列宁大街130号).
                    + "|(?:" + COUNTRIES + ")(?:\\p{IsHan}{2,6}?(?:州|边疆区|省|县|道|都|府))?\\p{IsHan}{2,9}?市"
                    + "(?=\\p{IsHan}{1,8}?(?:大街|街|路|道)\\d)"
                    // A division of the Xinjiang Production and Construction Corps before its regiment (第十五师二五一团).
                    + "|(?:新疆生产建设兵团)?第[一二三四五六七八九十]{1,3}师(?=[0-9一二三四五六七八九十〇]{1,4}团))");
    private static final Pattern GLUED_CITY = Pattern.compile(
            "(?<=\\p{IsHan})\\p{IsHan}{2}(?:市)(?=\\p{IsHan}{1,6}?(?:区|县|市|旗|镇|乡))");
    // A city district with no city before it (上海 writes 虹口区四平路391弄…): two characters, then a road.
    // A district of three or four characters (富拉尔基区) only where it opens a word or follows 住.
    private static final Pattern DISTRICT = Pattern.compile("(?:\\p{IsHan}{2}|(?:(?<!\\p{IsHan})|(?<=[住在于到]))\\p{IsHan}{3,4})"
            + "(?:新)?区(?=" + BLANK + "\\p{IsHan}{1,8}?(?:路|街|大道|巷)\\d)");
    // A campus or estate flat with no place before it, by its building and room (梅园3幢502, 枫园4舍312室, 国际学生公寓2号楼1106).
    // A university and its campus may stand before the dorm (石城大学仙林校区梅园9幢502室).
    private static final Pattern ESTATE_FLAT = Pattern.compile("(?:(?<!\\p{IsHan})|(?<=[住在于到]))(?![住在于到])"
            + "(?:\\p{IsHan}{2,6}?(?:大学|学院)(?:\\p{IsHan}{1,4}?校区)?)?\\p{IsHan}{1,8}?(?:苑|园|公寓|小区|新村)"
            // An industrial park's dorms by zone and block (锦厦工业园A区宿舍3栋302房, 产业园员工宿舍9幢302室).
            + "(?:[A-Z]区)?(?:员工)?(?:宿舍)?[A-Z0-9]{1,3}(?:幢|栋|舍|号楼)\\d{3,4}[室房]?(?!\\d)");
    // A campus's housing area and its building (梅园9幢, 南村9栋, 国际学生公寓2号楼).
    private static final String CAMPUS_HOUSING = "\\p{IsHan}{1,6}?(?:苑|园|村|公寓|宿舍)\\d{1,3}(?:幢|栋|舍|号楼)";
    private static final Pattern STREET_NUMBER = Pattern.compile("(?:路|街|巷|道|弄|村)\\d+(?:号|组)|\\d+(?:组|号)$");
    private static final Pattern COMPONENT = Pattern.compile(
            "\\p{IsHan}{2,7}?(?:省|自治区)"
                    // 米市巷 is a lane, not a city.
                    // An autonomous prefecture is often written short (甘南州玛曲县, 甘孜州康定市).
                    // 白地市镇 is a town: a city neither runs across a county nor stands before a town's word.
                    + "|[\\p{IsHan}&&[^县区]]{1,5}?" + PEOPLES + "(?:市(?![巷路街道村镇乡])|自治州|地区|盟|州(?=\\p{IsHan}{1,6}?[县市]))"
                    // 红旗大道 is a road, not a banner.
                    + "|\\p{IsHan}{1,6}?(?:新区|区|" + PEOPLES + "自治县|县)|\\p{IsHan}{1,8}?旗(?!大道|大街|路|街)"
                    // A university and its campus before the dorm a student lives in (东湖大学南村9栋, 仙林校区梅园9幢).
                    + "|\\p{IsHan}{2,8}?(?:大学|学院)(?:\\p{IsHan}{1,4}?校区)?(?=" + CAMPUS_HOUSING + ")"
                    // A mine's or factory's housing (煤业集团职工生活区, 红石峁煤矿单身公寓6号楼): the employer names the place.
                    + "|\\p{IsHan}{2,10}?(?:集团|公司|煤矿|矿务局|电厂|矿|厂)(?=\\p{IsHan}{0,8}?(?:宿舍|公寓|生活区|家属院|家属楼|小区|新村))"
                    + "|\\p{IsHan}{0,6}?(?:宿舍楼|宿舍|公寓|生活区|住宅区|家属楼|家属区|居民区|定居点|僧舍)"
                    // A relocation site for those moved out of poverty, a construction camp's work area (东城安置点,
                    // 三标二工区37号板房).
                    + "|\\p{IsHan}{0,8}?(?:安置点|安置区|工区)"
                    // A monastery is where its monks and neighbours live (德庆曲林寺东僧舍1排12号, 扎嘎寺).
                    + "|\\p{IsHan}{1,8}?寺(?![院庙])"
                    // 古镇村 is a village, not the town 古镇.
                    + "|\\p{IsHan}{1,6}?(?:街道|镇|乡|苏木)(?![村屯])"
                    // A township of a people (恩和俄罗斯族民族乡), and a herding or hunting camp (冬营盘, 猎民点).
                    + "|\\p{IsHan}{1,4}?" + PEOPLES + "民族乡|\\p{IsHan}{0,4}?(?:冬营盘|夏营盘|猎民点)"
                    // 嘎查 is a Mongolian village, 村民小组 a village's team.
                    // A forest bureau, forest farm or state farm, and its management area and work area (双丰林业局东村林场,
                    // 八五三农场第二管理区第14作业区, 友谊农场5管理区1作业站): before 村, which a farm's name may hold.
                    + "|\\p{IsHan}{1,6}?(?:林业局|林场|农场)(?!路|街|大道)|第?[0-9一二三四五六七八九十]{1,3}(?:管理区|作业区|作业站)"
                    // A township of peoples named at length (江南朝鲜族满族乡, 友谊达斡尔族满族柯尔克孜族乡).
                    + "|\\p{IsHan}{1,4}?(?:\\p{IsHan}{1,5}?族){1,4}乡"
                    + "|\\p{IsHan}{1,6}?(?:村(?:委会)?|屯|嘎查|牧委会)|第?[0-9一二三四五六七八九十]{1,3}(?:村民小组|小组)"
                    // A team or hamlet by its name (大寨村民小组, 老达保寨, 永和新寨) and a farm's branch (五分场).
                    + "|\\p{IsHan}{1,4}?(?:村民小组|寨(?![子里上下路街巷道])|分场)"
                    // 香港路巷 is a lane off a road; Hong Kong names a district before its road (九龙深水埗长沙湾道).
                    // Beijing numbers a house beside another as 甲, 乙 (胡同甲12号); a long road its parts (人民大道南76号).
                    + "|[\\p{IsHan}0-9]{1,10}?(?:大道|大街|街区|路巷|路|街|巷|胡同|弄|里|道(?=\\d))(?:[东南西北中](?=\\d|[^\\p{IsHan}]|$))?(?:[甲乙丙]?\\d+(?:号院(?=\\d|[^\\p{IsHan}]|$|附近|门口|一带|[东西南北]厢房|倒座房|正房|耳房|后罩房|北房|南房)|号楼|号|弄|支弄|巷))?"
                    // Guangzhou numbers a building's entrances (东风中路360号之二308房), Guiyang its side doors (103号附13号),
                    + "|之[一二三四五六七八九十]{1,2}(?=\\d)|附\\d{1,4}号"
                    // Fujian and Taiwan number a house's parts after it (银江路208号之3).
                    + "|(?<=号)之[0-9一二三四五六七八九十]{1,2}(?![0-9号楼])"
                    + "|[甲乙丙]?\\d+(?:号院|号楼|号板房|号宿舍楼|号|弄|支弄|巷)"
                    // A Korean address written in Chinese: the neighbourhood and its lot (元谷洞298-7号).
                    + "|\\p{IsHan}{1,4}?洞(?=\\d)|\\d{1,5}-\\d{1,5}号"
                    // Chongqing counts floors below the road (负3楼) and writes a flat as floor-door (1单元12-5).
                    + "|负\\d{1,2}(?:楼|层)|(?<=单元|号|栋|幢)\\d{1,2}-\\d{1,2}(?![\\d-])"
                    // Parcels wait at an estate's gate or a village office (华景新城西门菜鸟驿站, 梓源村村委会).
                    + "|(?:[东南西北]门)?(?:菜鸟驿站|丰巢快递柜|快递柜|快递驿站|快递点|代收点|自提点)|村委会|居委会|(?<=嘎查)委员会"
                    // A Shanghai lane house is let room by room (江苏路645弄55号三层阁, 2楼亭子间, 灶披间, 后厢房).
                    + "|(?<=号|\\d楼)(?:亭子间|灶披间|客堂间|[前后东西]厢房|[前后]楼|三层阁|阁楼|过街楼|底楼)"
                    // A Beijing courtyard's rooms (46号院东厢房, 倒座房) and a Macau building's ground floor (大厦地下).
                    + "|(?<=号院)(?:[东西南北]厢房|倒座房|正房|耳房|后罩房|北房|南房)|(?<=大厦|花园|苑|邨)地下"
                    + "|\\p{IsHan}{1,6}?片区"
                    // 邨 is a Hong Kong estate, and its blocks are named (沥源邨贵和楼30楼3022室).
                    + "|\\p{IsHan}{1,8}?(?:小区|花园|家园|公寓|新村|新城|苑|大厦|广场|社区|庄园|城|园|家属院|大院|邨)"
                    + "|\\p{IsHan}{1,4}?楼(?=\\d{1,3}楼)"
                    // A Hong Kong estate's block before its flat (大兴邨兴财楼2418室), and the front or back of a floor.
                    + "|\\p{IsHan}{1,4}?楼(?=\\d{3,4}室)|(?<=\\d楼)[前后]座"
                    // A Hakka earthen tower counts its storeys in words, then its rooms (衍庆楼三层26号).
                    + "|\\p{IsHan}{1,4}?楼(?=[一二三四五六七八九十]{1,2}层)|[一二三四五六七八九十]{1,2}层(?=\\d{1,3}号)"
                    // An estate of any name right before its building number (锦绣华庭9号楼, 水岸名邸12栋, 电力公司宿舍
                    // 24-3-1903 as building, unit and flat).
                    + "|\\p{IsHan}{2,8}?(?=[A-Z0-9一二三四五六七八九十]{1,4}(?:号楼|栋|幢|座)|\\d{1,3}-\\d{1,2}-\\d{2,4})"
                    // …and a lane or quarter of any name before its house number (沱江镇回龙阁199号).
                    + "|\\p{IsHan}{2,4}?(?=\\d{1,5}号(?!楼|院))"
                    + "|\\d{1,3}-\\d{1,2}-\\d{1,4}(?![\\d-])"
                    // A residents' committee by its number and its group (集贤街道3委12组), as the north-east writes it.
                    + "|\\d{1,3}委(?:\\d{1,3}组)?"
                    + "|[A-Za-z0-9一二三四五六七八九十]{1,4}(?:栋|幢|号楼|座|区|期)"
                    // Tianjin writes a unit as 门 (23号楼5门602室).
                    + "|[0-9一二三四五六七八九十]{1,3}(?:单元|门(?=\\d))"
                    // A rural production team (5队, 7社) before its house number.
                    + "|\\d{1,5}(?:室|房|户)"
                    // A flat after its unit or building needs no 室 (4单元1703, 12号楼1502).
                    + "|(?<=单元|号楼|栋|幢|座|门|\\d楼)\\d{3,4}(?![0-9号楼层.:：])"
                    + "|[A-Z]室|(?<=\\d楼)[A-Z](?![A-Za-z0-9])|\\d{1,3}(?:楼|层)|(?:牧业|生产)?[0-9一二三四五六七八九十]{1,3}(?:组|队|社|连|村)"
                    // A state farm and its team, a Xinjiang regiment and its company (阳江农场十三队, 一四一团4连).
                    + "|\\p{IsHan}{1,6}?(?:农场|林场|牧场)|[0-9一二三四五六七八九十〇]{1,4}团|团部|生产建设兵团|第[一二三四五六七八九十]{1,3}师"
                    // A herding point of a gacha (第6牧点) and a row of a mine's bungalows (7排7号).
                    + "|第?[0-9一二三四五六七八九十]{1,3}号?(?:牧点|牧业点)|\\d{1,3}排(?=\\d)");
    // Not after a verb: 在玉岭镇读小学 says where the child lives.
    private static final Pattern INSTITUTION_NAMED = Pattern.compile("[\\p{IsHan}&&[^读上在念到去进]]{0,4}?(?:小学|中学|学校|中心校|幼儿园|卫生院"
            + "|接种门诊|福利院|派出所|人民政府)");
    private static final Pattern CITY_OR_PROVINCE = Pattern.compile(
            "(?:" + PROVINCES + ")(?:省|市|自治区)?|\\p{IsHan}{2,8}(?:省|市|自治区|自治州|地区|盟)");
    // A trailing lone administrative or street word that is really part of a clinic name ends the chain early.
    private static final Pattern INSTITUTION_AFTER = Pattern.compile(
            "^\\p{IsHan}{0,8}?(?:医院|卫生院|卫生服务中心|卫生服务站|卫生室|卫生所|医务室|诊所|门诊部|疾控中心|保健院|医科大学|大学)"
                    // …but a road named after one is a road (大学路, 医院街), and a university's dorm is a home.
                    + "(?![路街道巷])(?!(?:\\p{IsHan}{1,4}?校区)?" + CAMPUS_HOUSING + ")");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher cue = CUE.matcher(text);
        while (cue.find()) {
            int before = out.size();
            chain(text, cue.end(), true, out);
            latinAddress(text, cue.end(), out);
            if (out.size() == before) labelledAbroad(text, cue, out);
            // 于 after a cue may open the place itself (住址于都县车溪乡…): then a chain of two parts, the longer wins.
            if (text.charAt(cue.end() - 1) == '于') chain(text, cue.end() - 1, false, out);
        }
        Matcher a = ANCHOR.matcher(text);
        Matcher cueAtAnchor = CUE.matcher(text);
        for (int at = 0; at < text.length() && a.find(at); ) {
            // A word read as a long city's start (暂住|赣州市) hides the city after it: look again one further on.
            if (wordBeforeCity(text, a)) {
                at = a.start() + 1;
                continue;
            }
            // An anchor that begins with a cue word (家住双江…县) is the cue's chain, already taken.
            if (!cueAtAnchor.region(a.start(), text.length()).lookingAt()) chain(text, a.start(), false, out);
            at = a.end();
        }
        // A city glued to the word before it (…参保昆明市蜀山区兴明巷587号), or a district: taken when a street number follows.
        withStreetNumber(text, GLUED_CITY.matcher(text), out);
        withStreetNumber(text, DISTRICT.matcher(text), out);
        for (Matcher flat = ESTATE_FLAT.matcher(text); flat.find(); ) out.add(new Span(flat.start(), flat.end(), EntityKind.ADDRESS));
        return out;
    }

    /** A Latin-, Cyrillic- or Arabic-script address at {@code from}: a number and a word of three letters or more in it. */
    private static void latinAddress(String text, int from, List<Span> out) {
        Matcher m = LATIN_ADDRESS.matcher(text).region(from, text.length()).useTransparentBounds(true);
        if (m.lookingAt() && m.group().matches(".*\\d.*")
                && m.group().matches(".*[\\p{IsLatin}\\p{IsCyrillic}\\p{IsArabic}]{3,}.*")) {
            out.add(new Span(from, m.end(), EntityKind.ADDRESS));
        }
    }

    private static void withStreetNumber(String text, Matcher start, List<Span> out) {
        while (start.find()) {
            List<Span> one = new ArrayList<>();
            chain(text, start.start(), false, one);
            for (Span s : one) if (STREET_NUMBER.matcher(s.in(text)).find()) out.add(s);
        }
    }

    private static void chain(String text, int from, boolean cued, List<Span> out) {
        int pos = from;
        int parts = 0;
        Matcher anchor = ANCHOR.matcher(text).region(from, text.length());
        if (anchor.lookingAt() && wordBeforeCity(text, anchor)) return;
        if (anchor.lookingAt()) {
            pos = anchor.end();
            parts++;
        }
        // Transparent bounds: a component may look at the one before it (208号|之3, 3楼|B).
        Matcher c = COMPONENT.matcher(text).useTransparentBounds(true);
        boolean belowCity = parts == 1 && !CITY_OR_PROVINCE.matcher(text.substring(from, pos)).matches();
        while (pos < text.length()) {
            c.region(pos, text.length());
            if (!c.lookingAt() && parts > 0 && isBlank(text.charAt(pos)) && LEVEL_END.matcher(text.substring(from, pos)).find()) {
                c.region(pos + 1, text.length());
            }
            if (!c.lookingAt()) break;
            if (INSTITUTION_AFTER.matcher(text.substring(pos)).find() && !cued) break;
            belowCity |= !CITY_OR_PROVINCE.matcher(c.group()).matches();
            pos = c.end();
            parts++;
        }
        // A province and its city (参保地：河北省沧州市, 从天津市转回河南省商丘市) narrow down no household either.
        if (!belowCity) return;
        // Uncued, the places before a school or clinic name that institution (伊川县鸣皋镇中心小学, 槐店回族镇接种门诊).
        if (!cued && INSTITUTION_NAMED.matcher(text).region(pos, text.length()).lookingAt()) return;
        // After a cue one component will do, unless it is a common noun rather than a place (居住于大城市, 农村).
        boolean genericOnly = parts == 1 && genericNoun(text.substring(from, pos));
        // …nor a lone city or province (参保地：韩城市, 籍贯：湖南): it narrows down no household.
        boolean cityOnly = parts == 1 && CITY_OR_PROVINCE.matcher(text.substring(from, pos)).matches();
        if (parts >= 2 || (cued && parts >= 1 && !genericOnly && !cityOnly)) out.add(new Span(from, pos, EntityKind.ADDRESS));
    }

    /**
     * After an address label and its colon, a value no chain reads, as a place abroad written in Chinese or its own
     * script is (缅方地址：缅甸掸邦腊戌第7区, 地址：မူဆယ်မြို့ ရပ်ကွက် ၉): the field up to its end, when it holds a number.
     */
    private static void labelledAbroad(String text, Matcher cue, List<Span> out) {
        if (!ADDRESS_LABEL.matcher(cue.group()).find()) return;
        Matcher field = FIELD.matcher(text).region(cue.end(), text.length());
        if (field.lookingAt() && field.group().chars().anyMatch(Character::isDigit)) {
            out.add(new Span(cue.end(), field.end(), EntityKind.ADDRESS));
        }
    }

    /** A city of four characters (库木巴格市) opens with no word of its own (名称|周口市 is a label before one). */
    private static boolean wordBeforeCity(String text, Matcher anchor) {
        int from = anchor.start();
        return anchor.end() - from >= 5 && text.charAt(from + 4) == '市' && HanlpView.isWord(text.substring(from, from + 2))
                && !LONG_CITY.matcher(text).region(from, text.length()).lookingAt();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\u3000';
    }

    private static boolean genericNoun(String word) {
        var attribute = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        if (attribute == null) return false;
        for (var nature : attribute.nature) if (nature.toString().startsWith("ns")) return false;
        return true;
    }
}
