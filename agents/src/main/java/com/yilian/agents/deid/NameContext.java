package com.yilian.agents.deid;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words around a Chinese name that tell it is one: cues before it, titles and predicates after it. */
final class NameContext {
    // Words after which a name follows, optionally with ：, 为, 是 or 叫 between (患者：, 家属为, 名叫).
    private static final Set<String> CUE_BEFORE = Set.of(("患者|病人|病员|患儿|孕妇|产妇|姓名|家属|紧急联系人|联系人|监护人|委托人|代理人|"
            + "签名|签字|医师|医生|大夫|护士|主任|教授|主治|经治|接诊|主管|管床|责任护士|转诊|儿子|女儿|之子|之女|丈夫|妻子|配偶|"
            + "爱人|老伴|父亲|母亲|哥哥|姐姐|弟弟|妹妹|孙子|孙女|外孙|侄子|陪同|陪诊|陪护|同事|朋友|邻居|记录人|记录者|审核人|报告人|"
            + "申请人|送检人|被保险人|持卡人|户主|开户名|账户名|户名|收件人|就诊人|本人|患方|亲属|老人|告知|通知|致电|"
            // Theatre and duty roles before the person (巡回解栓宝, 一助：麦丰收, 值班柏胜男).
            + "值班|巡回|一助|二助|三助|社工|财务|前妻|前夫|药剂|介入|医保办|护理部|已与|"
            // Kinship and household words, roles ending in 员 (收费员, 护理员), other staff titles.
            + "之妻|之夫|之母|之父|其子|其女|其妻|其夫|其母|其父|外甥女|外甥|侄女|儿媳|女婿|孙媳|奶奶|爷爷|外婆|外公|姥姥|姥爷|"
            + "舅舅|姑姑|姨妈|叔叔|阿姨|伯伯|嫂子|婆婆|公公|岳父|岳母|继父|继母|养父|养母|家长|代表|护工|保姆|老师|护师|药师|技师|"
            + "随访人|被随访人|签署人|经办人|负责人|填表人|操作人|复核人|执行人|核对人|领取人|代办人|介绍人|见证人|"
            + "我叫|名叫|叫做|名字叫|名字是|"
            // Colloquial kinship (patient messages) and the people a form or discussion is about.
            + "闺女|老婆|老公|媳妇|那口子|老爷子|老太太|老伴儿|我是|对象|妈妈|爸爸|老妈|老爸|儿媳妇|"
            // …in the north-west and the north (额家老汉刘变女, 额叫王拴住: 额 and 俺 are "I").
            + "老汉|婆姨|额叫|俺叫|"
            // …in Minnan (阮阿爸林水土, 阮厝老大人依弟仔, 陈碧霞的查某囝黄荣坤).
            + "阿爸|阿母|阿嬷|阿姆|老大人|查某囝|"
            // …and in Cantonese (我系区耀华屋企人, 我媽咪區莫妹).
            + "我系|妈咪|"
            // Officials and experts named in forms and consultation records (承办法官：, 会诊专家：).
            + "法官|专家|律师|校医|村医|蒙医|藏医|家庭医生|翻译|交班人|接班人|民警|督导|巡视|司机|保安|治疗师|营养师|验光师|康复师|咨询师|"
            // Who heads a unit (车间组长揭九斤, 店长田跃进), a name's other forms (病人全名卞福根, 中文名喻新民), praise and blame.
            + "组长|站长|店长|厂长|船主|连长|队长|班长|班主任|经办|审核|全名|中文名|曾用名|原名|表扬|批评|宿舍长|带班|大副|轮机长|"
            // A boat's crew, owner and agent (船上那个外国伙计Tarmuji, 船东周康定, 中介乐天).
            + "伙计|船员|船东|船老大|中介|雇主|工友")
            .split("\\|"));
    // Cues that leave no doubt that a person follows (a kinship word, a role noun, a label), unlike 患者 or 告知,
    // which are often followed by a verb (患者高热, 告知病情): there a word such as 向阳 or 许诺 is taken as a name.
    private static final Set<String> NOT_SLOT_CUES = Set.of("患者", "病人", "病员", "患儿", "孕妇", "产妇", "告知", "通知", "致电",
            "陪同", "陪诊", "陪护", "本人", "患方", "老人", "转诊", "接诊", "经治", "主管", "管床", "主治", "代表", "我是", "我系", "对象",
            // A head of a unit or a verb may go on with what was done (组长检查, 审核通过, 表扬信).
            "组长", "站长", "店长", "厂长", "船主", "连长", "队长", "班长", "班主任", "经办", "审核", "表扬", "批评");
    // A cue word at the front of a run of characters (患者买买提·艾力 → 买买提·艾力).
    static final Pattern CUE_PREFIX = Pattern.compile("(?:患者|病人|患儿|家属|联系人|医生|医师|护士|主任|儿子|女儿|丈夫|妻子|配偶|"
            + "母亲|父亲|姓名|就诊人|陪同|由|经|致|请|随访|通知|告知)");
    // Cue words that are also titles: after a surname (李主任查房) they end a name instead of starting one.
    private static final Pattern TITLE_CUE = Pattern.compile(
            "(?:副主任医师|主任医师|主治医师|住院医师|医师|医生|大夫|护士|主任|教授|主治|老师|护师|药师|技师)[:：\\s]*$");
    // Role, shift and duty words before a title (管床医生, 夜班护士, 带教老师): the title then opens a name, and the
    // role word itself is none (its last character is no surname before the title).
    static final Pattern ROLE_BEFORE_TITLE = Pattern.compile("(?:主管|管床|责任|值班|夜班|白班|早班|中班|晚班|当班|宣教|带教|"
            + "实习|见习|进修|规培|随访|会诊|接诊|转诊|经治|主治|住院|门诊|急诊|社区|家庭|签约|康复|麻醉|主刀|巡回|器械|分诊|"
            + "产检|上级|床位|手术|主诊|首诊|临床|护理|助产|检验|影像|超声|报告|诊断|审核|申请|送检|记录|转出|转入|收治|出诊|"
            + "质控|专科|全科|助理|执业|乡村|处方|复核|核对|执行|参与|参加|负责|指导|陪检|营养|查房|分诊|预检|宣教|交班)$");
    static final Pattern TITLE_AFTER = Pattern.compile("(?:副主任医师|主任医师|主治医师|住院医师|医师|医生|大夫|副主任|主任|副教授|教授|"
            + "护士长|护士|护师|院长|科长|先生|女士|小姐|老师|同志|阿姨|叔叔|师傅|大爷|大妈|奶奶|爷爷|太太|夫人|老先生|老太太|"
            // A boat's, a business's, a farm's, a station's and a mine's head (陈船长, 林老板, 覃场长, 林站长).
            + "船长|老板|厂长|部长|社长|场长|站长|所长|矿长"
            // Cantonese calls a nurse or a social worker 姑娘 (陳姑娘).
            + "|姑娘"
            // A mosque's imam is named by his religious name before the title (优素福阿訇).
            + "|阿訇)");
    // Heads that stand before a surname alone (护士长王, 连长陈): the surname is the name, not the head with it.
    static final String HEADS = "护士长|连长|团长|队长|班长|科长|院长|站长|场长|船长|书记";
    static final Pattern HEAD = Pattern.compile(HEADS);
    static final String KIN = "儿子|女儿|丈夫|妻子|母亲|父亲|家属|配偶|爱人|哥哥|姐姐|弟弟|妹妹|孙子|孙女|儿媳|女婿|外孙|侄子";
    // Strong: gender, age, kinship or a bracketed role right after the name.
    static final Pattern STRONG_AFTER = Pattern.compile("(?:[，,、\\s]*(?:男|女)(?:性)?(?=[，,。；;、\\s0-9（(]|$)"
            + "|[，,、\\s]*约?\\d{1,3}\\s*(?:岁|周岁)|之(?:子|女|父|母|妻|夫)|(?:之|的)(?:" + KIN + ")"
            // A form's next field (…　性别：女) and a bed on a ward whiteboard (舒畅12床 崔巍13床).
            + "|[\\s\u3000]*性\\s*别\\s*[:：]?\\s*[男女]|\\d{1,3}床(?=[\\s；;，,。]|$)"
            + "|,\\s*(?:male|female)\\b|,\\s*\\d{1,3}\\s*(?:y/o|yo|years?)\\b|代(?:患者|其|为|签)"
            + "|\\s*[（(](?:男|女|患者|家属|儿子|女儿|丈夫|妻子|配偶|母亲|父亲|本人|之子|之女|主治|医生|护士|联系人))");
    // Weak: a predicate; counts only when the name does not continue a word before it.
    static final Pattern WEAK_AFTER = Pattern.compile("(?:自诉|主诉|自述|代诉|代答|致电|回电|呼叫|阅片|签收|已于|已经|术后|知晓|汇报|缴纳|同住|带来|诉|述|称|说|表示|反映|(?:签字|签名)(?![:：])|签署|同意|拒绝|来院|来诊|就诊|入院|出院|"
            + "因|于|今日|昨日|今天|昨天|今晨|今早|已|曾|现|本人|陪同|陪|电话|手机|联系|之前|病情|要求|家属|沟通|商量|谈话|代为|代|"
            + "接诊|随访|查房|会诊|出现|补充|取药|的|为|转|完成|低盐|主治|负责|审核|由|携|突发|突然|与|及|和|被|将|向|"
            // Clinical status right after a clause's subject (X既往体健, X一般情况可, X睡眠差).
            + "既往|否认|平素|近期|近日|一般|神志|精神|睡眠|饮食|食欲|体温|血糖|生命体征|意识|面色|诊断|来电|来信|来访|咨询|"
            + "[，,。；;：:（(）)】\\]])");
    // Verbs whose object is often a person (同意王芳转院, 代李明取药); a name after them still needs a predicate.
    private static final Pattern VERB_BEFORE = Pattern.compile("(?:同意|代|为|建议|致|随访|回访|访视|探视|看望|通知|告知|嘱|给|帮|"
            + "替|协助|陪同|联系|咨询|询问|照顾|转告|提醒|交代|委托|安排|见)$");
    // Clinical words that stand where a name could (年龄45岁, 查体：) and are never one.
    static final Set<String> NOT_NAMES = Set.of("年龄", "查体", "体温", "心率", "血压", "体重", "身高", "性别", "患者", "病人", "主诉",
            "诊断", "既往", "病史", "专科", "科室", "床号", "职业", "民族", "婚姻", "籍贯", "病程", "脉搏", "呼吸", "血氧", "出生",
            "现年", "享年", "终年", "时年", "公里", "公斤", "万元",
            // Nouns that follow 患者 as its attribute (与患者关系), not as its name.
            "关系", "情况", "病情", "常规", "平时", "平素", "方面", "方案", "程度", "单位", "全身", "意愿", "要求",
            // …or as what came from them (患者来信：, 家属来电).
            "来信", "来电", "来访", "年令",
            // A dialysis sheet's dry weight (干体重：58.5kg).
            "干体重",
            // A Manchu family's banner (祖上镶黄旗), a form's fields and a plan's parts (原单位：, 施源器：, 通知方式,
            // 转诊单号, 管理卡), drugs cut in two (地塞|米松, 门冬胰岛素), an organ (双肺V20).
            "黄旗", "白旗", "红旗", "蓝旗", "原单位", "施源器", "方式", "单号", "管理卡", "管理数", "应急处", "米松", "门冬", "双肺",
            // North-eastern and colloquial words (贼好, 好嘞, 这周六, 去他儿子那儿).
            "贼好", "好嘞", "这周六", "那儿", "本人",
            // 要 is a surname, but before a verb it is "will" (阿爸要去广州, 要来复查).
            "要去", "要来", "要到", "要回", "要做", "要是", "要有", "要把", "要给", "要让",
            // A former or present address's label (原住址：, 现住：).
            "原住", "现住",
            // Words after a person's label or in a table's header (香港居民，, 姓名	车间, 患者费用担保, 仲案字, 巴基斯坦籍).
            "居民", "车间", "班级", "工号", "岗位", "电话", "费用", "仲案", "斯坦");
    // A name may start right after these even though they are Chinese characters (内科张伟接诊, 家住…的李明, 今日王芳陪同).
    private static final Pattern WORD_BEFORE = Pattern.compile("(?:科|院|室|床|的|今日|昨日|今天|昨天|今晨|其|请|由|经|时|间|后)$");
    // A cue word itself must not be read as a name (母亲 starts with the surname 母).
    static final Pattern CUE_WORD = Pattern.compile("(?:父亲|母亲|妻子|丈夫|儿子|女儿|哥哥|姐姐|弟弟|妹妹|孙子|孙女|配偶|爱人|"
            + "家属|联系人|患者|病人|医生|医师|护士|主任|大夫|本人|亲属|全名|原名|曾用名|连长|班长|班主任|经办)");
    // Characters that rarely stand inside a given name but often right after one.
    // Characters that practically never stand inside a given name; anything else may (家豪, 自强, 有才).
    static final String NOT_GIVEN = "的了是在因于科诊您你我他她它们吗呢吧，。、；：！？（）()";
    // A label that announces a name, so that even a surname missing from our list is taken (开户名：仉波).
    // Any "…人：" or "…名：" label (就诊人：, 账户名：) announces a person as well.
    static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?:姓名|开户名|户名|持卡人|联系人|家属|签名|医师|医生|患者|病人|监护人|收件人|\\p{IsHan}{1,3}[人者员官师]"
                    // Any …名 label but the names of things (病名, 药名, 品名).
                    + "|\\p{IsHan}{0,2}(?<![病药品地科书菜网域罪化排])名|专家|"
                    + "护士长|科长|院长|家长|组长|校医|村医|翻译"
                    // The resident's side of a contract (乙方：, 甲方 is mostly the clinic).
                    + "|乙方"
                    // A duty a form signs for (审方：, 调配：, 督导：, 一线：).
                    + "|审方|审核|复核|核对|调配|发药|配药|督导|助理|受理|经治|主管|带教|[一二三]线|总值班)[:：]\\s*$");
    // A name directly followed by an institution or a port is part of its name (于湘雅医院, 连花清瘟胶囊, 白浪港口岸).
    static final Pattern INSTITUTION_AFTER = Pattern.compile(
            "\\p{IsHan}{0,2}?(?:医院|卫生|诊所|中心|大学|学院|小学|中学|学校|幼儿园|人民|友好|附属|胶囊|颗粒|片|丸|注射液|口服液|科)"
            + "|港(?!澳)|口岸|码头"
            // Eponyms: 吉兰-巴雷综合征, 库欣氏病.
            + "|(?:[-－‐·]\\p{IsHan}{1,4})?(?:综合征|综合症|氏)");
    static final String FUNCTION_SURNAMES = "于和时都那来但向";

    private NameContext() {
    }

    // A role that HanLP does not list as one word (蒙方经理, 值班护士, 村医, 印尼乡亲) ends as roles do.
    private static final Pattern ROLE_END = Pattern.compile(
            ".*(?:生|士|属|者|长|任|师|员|理|医|夫|管|队|组|群|方|处|科|室|站|院|机|主|服|统|导|乡亲)$");

    /** A word that ends as roles do (村医, 值班护士, 司机): no name. */
    static boolean endsAsRole(String word) {
        return ROLE_END.matcher(word).matches();
    }

    static boolean cueBefore(String text, int i) {
        // A set lookup on the text before, not a regex: this runs at almost every character.
        int j = skipSeparators(text, i), k = j;
        for (String link : List.of("名叫", "为", "是", "叫")) {
            if (text.startsWith(link, j - link.length())) {
                k = skipSeparators(text, j - link.length());
                break;
            }
        }
        if (!cueEndsAt(text, j) && (k == j || !cueEndsAt(text, k))) return false;
        String before = text.substring(Math.max(0, i - 12), i);
        var title = TITLE_CUE.matcher(before);
        if (!title.find()) return true;
        int at = i - before.length() + title.start();
        // 接诊医师王芳 opens a name; 李主任 / 常子副主任医师 查房 closes one.
        return at == 0 || !isHan(text.charAt(at - 1)) || "科诊院室治管床经接责班任访值园校".indexOf(text.charAt(at - 1)) >= 0
                || roleBefore(text, at);
    }

    private static int skipSeparators(String text, int j) {
        while (j > 0 && (text.charAt(j - 1) == ':' || text.charAt(j - 1) == '：' || Character.isWhitespace(text.charAt(j - 1)))) j--;
        return j;
    }

    /** The character at {@code i} closes a cue word of two or more (患者: 者 is no surname there). */
    static boolean closesCueWord(String text, int i) {
        for (int len = 2; len <= 5 && len <= i + 1; len++) if (CUE_BEFORE.contains(text.substring(i + 1 - len, i + 1))) return true;
        return false;
    }

    /** A cue word ends at {@code j}; any role ending in 员 is one too (收费员, 护理员). */
    private static boolean cueEndsAt(String text, int j) {
        for (int len = 1; len <= 5 && len <= j; len++) if (CUE_BEFORE.contains(text.substring(j - len, j))) return true;
        return j >= 2 && text.charAt(j - 1) == '员' && isHan(text.charAt(j - 2)) || roleNounEndsAt(text, j);
    }

    /** A role noun of two verb or noun characters and 人/者 ends at {@code j} (交款人, 参保人, 受检者, 参加者). */
    static boolean roleNounEndsAt(String text, int j) {
        if (j < 3 || "人者".indexOf(text.charAt(j - 1)) < 0) return false;
        // 朝觐人|员体检: 人员 is staff, the role word goes on.
        if (text.charAt(j - 1) == '人' && j < text.length() && text.charAt(j) == '员') return false;
        // …and a count of people is none (…、其木格三人为|同一批次).
        if ("一二三四五六七八九十两几数多".indexOf(text.charAt(j - 2)) >= 0) return false;
        String head = text.substring(j - 3, j - 1);
        return givenChar(head.charAt(0)) && givenChar(head.charAt(1)) && !NOT_ROLE_HEADS.contains(head)
                && !NOT_ROLE_TAILS.contains(text.substring(j - 2, j));
    }

    // Heads that with 人/者 make a class of people, not one (老年人, 成年人, 其他人).
    private static final Set<String> NOT_ROLE_HEADS = Set.of("老年", "成年", "年轻", "中年", "其他", "外国", "中国", "残疾",
            "病毒", "携带", "吸烟", "饮酒", "高危", "易感", "感染", "普通", "一般", "多数", "少数", "个别", "部分",
            "所有", "任何", "每个", "很多", "许多", "有些", "一些", "没有", "相关", "周围", "身边", "同行", "家里", "两个", "几个");

    // Words ending in 人/者 that are no role (或者, 前者, 他人).
    private static final Set<String> NOT_ROLE_TAILS = Set.of("或者", "再者", "前者", "后者", "两者", "二者", "三者", "老人",
            "个人", "他人", "别人", "众人", "成人", "女人", "男人", "人人", "病人", "本人", "家人", "工人", "学者", "笔者");

    /** A bed number ends at {@code j} (15床, 加3床): the patient in it follows. */
    static boolean bedEndsAt(String text, int j) {
        return j >= 2 && text.charAt(j - 1) == '床' && Character.isDigit(text.charAt(j - 2));
    }

    /**
     * A slot where a person is all that can follow: a label, a kinship word, a role noun (交款人, 讨论对象), a bed
     * number. There a surname with one or two characters is a name even when it is also a word (妻子向阳, 受血者许诺).
     */
    static boolean slotBefore(String text, int i) {
        if (labelBefore(text, i)) return true;
        // A mention (@江河) or someone acted for (（代贲永红缴纳）).
        if (KIN_BRACKET_BEFORE.matcher(text.substring(Math.max(0, i - 6), i)).find()) return true;
        if (i > 0 && text.charAt(i - 1) == '@' || i >= 2 && "（(".indexOf(text.charAt(i - 2)) >= 0 && text.charAt(i - 1) == '代') {
            return true;
        }
        // Only a colon or an opening bracket between (查房医师（陆离）): a kinship word then a space is a value
        // (关系：儿子  谈话医生), not a cue.
        int j = i;
        if (j > 0 && ":：（(".indexOf(text.charAt(j - 1)) >= 0) j--;
        for (int len = 1; len <= 5 && len <= j; len++) {
            String w = text.substring(j - len, j);
            if (!CUE_BEFORE.contains(w) || NOT_SLOT_CUES.contains(w)) continue;
            // A title opens a name only after a role or department (规培医生江河, 内科医生王芳), not after a name.
            if (!TITLE_CUE.matcher(w).matches() || cueBefore(text, j)) return true;
        }
        return roleNounEndsAt(text, j) || bedEndsAt(text, j) || text.startsWith("对象", j - 2)
                || (text.startsWith("我是", j - 2) || text.startsWith("我系", j - 2)) && (j - 2 == 0 || !isHan(text.charAt(j - 3)));
    }

    // A kinship word in brackets after a role or 家属 (签字人（父亲）苏沐, 家属（女婿）秦岭).
    private static final Pattern KIN_BRACKET_BEFORE = Pattern.compile("[人者属][（(](?:" + KIN + ")[）)]$");
    // The predicates that settle it even for a word (…，陆离（身份证…）, …，许诺诉…); 签字： after a word is a field
    // label (居民签字：), not a signature.
    private static final Pattern STRONG_PERSON_PREDICATE = Pattern.compile("(?:自诉|主诉|自述|代诉|代答|诉|本人|(?:签字|签名)(?![:：])|来电|"
            + "已(?:于|在|恢复|知晓)|术后第|"
            + "由(?:" + KIN + ")|及(?:其)?(?:" + KIN + ")|[（(](?:微信|\\d+床|本人|身份证|ID|男|女))");

    static boolean strongPersonPredicateAt(String text, int i) {
        return STRONG_PERSON_PREDICATE.matcher(text).region(i, text.length()).lookingAt();
    }

    // Predicates that only a person takes, so that a clause's subject before them is a name (…，方圆诉…).
    private static final Pattern PERSON_PREDICATE = Pattern.compile("(?:自诉|主诉|自述|代诉|代答|诉|本人|(?:签字|签名)(?![:：])|知晓|来电|"
            + "已(?:于|在|经|恢复|知晓|出院|入院|办理)|表示|带来|陪同|同意|拒绝|汇报|缴纳|由(?:" + KIN + "|家属|家人|120)|"
            + "及(?:其)?(?:" + KIN + "|家属|家人)|精神|[（(](?:微信|\\d+床|本人|身份证|ID|男|女))");

    static boolean personPredicateAt(String text, int i) {
        return PERSON_PREDICATE.matcher(text).region(i, text.length()).lookingAt();
    }

    /** A role, shift or duty word ends at {@code i} (夜班|护士). */
    static boolean roleBefore(String text, int i) {
        return ROLE_BEFORE_TITLE.matcher(text.substring(Math.max(0, i - 4), i)).find();
    }

    /** Start of a title that ends right before {@code i} (…医生|王), or -1. */
    static int titleCueStart(String text, int i) {
        String before = text.substring(Math.max(0, i - 8), i);
        var title = TITLE_CUE.matcher(before);
        return title.find() ? i - before.length() + title.start() : -1;
    }

    /** [from, to) is, or ends, a role word before a title (管床|医生, 夜班 → 班|护士). */
    static boolean roleWordWithin(String text, int from, int to) {
        String before = text.substring(Math.max(0, to - 4), to);
        var m = ROLE_BEFORE_TITLE.matcher(before);
        return m.find() && to - before.length() + m.start() <= from;
    }

    static boolean titleAt(String text, int i) {
        return TITLE_AFTER.matcher(text).region(i, text.length()).lookingAt();
    }

    /** End of the title that starts at {@code i}; {@code i} when none does. */
    static int titleEnd(String text, int i) {
        var title = TITLE_AFTER.matcher(text).region(i, text.length());
        return title.lookingAt() ? title.end() : i;
    }

    static boolean strongAt(String text, int i) {
        return STRONG_AFTER.matcher(text).region(i, text.length()).lookingAt();
    }

    static boolean weakAt(String text, int i) {
        return weakLength(text, i) > 0;
    }

    /** Length of the predicate right after a name (自诉 = 2), 1 at the end of the text, 0 if none. */
    static int weakLength(String text, int i) {
        if (i >= text.length()) return 1;
        var m = WEAK_AFTER.matcher(text).region(i, text.length());
        return m.lookingAt() ? m.end() - i : 0;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    // Single characters that, before a title, are part of the title (副主任) rather than a surname.
    /** Surnames that are also conjunctions (和, 与, 及, 同, 跟). */
    static final String CONJUNCTION_SURNAMES = "和与及同跟";
    static final String NOT_SURNAME_BEFORE_TITLE = "副主正总护医老小大该本此其各诸男女住值接经管由被给让向对把找请及与或为陪问嘱叫和";

    // Minnan and Wu pronouns (阮 I or we, 伊 he or she, 汝 you, 恁 your) before a kin, home or time word or a particle: 阮阿母,
    // 阮厝, 伊今仔日, 汝共伊, 汝好, 汝明旦, 伊佇厝, 打伊卫星电话. 阮 and 伊 are surnames elsewhere (阮氏秋香).
    private static final Pattern DIALECT_PRONOUN = Pattern.compile(
            "[阮伊汝恁](?:阿|厝|今仔|今年|共|好|明旦|佇|改|卫星|老爸|老母|老大人|兜|遐|遮|囝|某|翁|的|电话)"
                    // Wu says 伊 for he or she too (伊手机打勿通, 伊老婆讲, 伊今朝).
                    + "|伊(?:手机|老婆|老公|屋里|讲|勿|今朝|昨日|住院|绰号|大名)");

    // A country's adjective (韩籍, 韩文名, 韩方经理, 日资企业) is no surname and given name; 韩国红 and 韩方明 are names.
    // …and Kazakhstan's and Kyrgyzstan's side (哈方电话).
    private static final Pattern NATIONALITY = Pattern.compile("[韩日中美英法德俄泰越朝哈吉](?:籍|文名|语|资|式|企|系|方(?=经理|代表|人员|负责|电话|联系))");
    // A company (鳌海世宇电子有限公司, 丰和精工, 鲍湾海珍品养殖场, 蓝湾船厂) or a boat (鲁鳌渔60123) after a candidate.
    private static final Pattern COMPANY_AFTER = Pattern.compile(
            "电子|有限公司|股份|集团|精工|船厂|船舶|珍品|养殖场|水产|食品|科技|实业|制衣|鞋业|渔业|\\d{3,}");

    static boolean nationalityAt(String text, int i) {
        return NATIONALITY.matcher(text).region(i, text.length()).lookingAt();
    }

    /** A company word, or a boat's number after its port and 渔 (鲁鳌渔|60123), follows {@code end}. */
    static boolean companyAfter(String text, int end) {
        Matcher m = COMPANY_AFTER.matcher(text).region(end, text.length());
        return m.lookingAt() && (!m.group().matches("\\d+") || end > 0 && text.charAt(end - 1) == '渔');
    }

    static boolean dialectPronounAt(String text, int i) {
        return DIALECT_PRONOUN.matcher(text).region(i, text.length()).lookingAt();
    }

    static boolean givenChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && NOT_GIVEN.indexOf(c) < 0;
    }

    static boolean verbBefore(String text, int i) {
        return VERB_BEFORE.matcher(text.substring(Math.max(0, i - 2), i)).find();
    }

    /** The character at {@code i} ends a title that began before it (主任医师: 任 is no surname here). */
    static boolean insideTitle(String text, int i) {
        for (int back = 1; back <= 4 && back <= i; back++) {
            var m = TITLE_AFTER.matcher(text).region(i - back, text.length());
            if (m.lookingAt() && m.end() > i) return true;
        }
        return false;
    }

    static boolean labelBefore(String text, int i) {
        // Every label ends in a colon and blanks; most places have none, and the pattern is costly to try at each.
        int from = Math.max(0, i - 8), last = i - 1;
        while (last >= from && TRAILING_BLANK.indexOf(text.charAt(last)) >= 0) last--;
        if (last < from || (text.charAt(last) != ':' && text.charAt(last) != '：')) return false;
        return LABEL_BEFORE.matcher(text.substring(from, i)).find();
    }

    // What \s and $ let stand after a label's colon: blanks and line terminators.
    private static final String TRAILING_BLANK = " \t\n\u000B\f\r\u0085\u2028\u2029";

    static boolean institutionAt(String text, int i) {
        return INSTITUTION_AFTER.matcher(text).region(i, text.length()).lookingAt();
    }

    /** A name closed here beyond doubt: end of text, whitespace, punctuation, a title, gender or age. */
    static boolean closedAt(String text, int i) {
        return i >= text.length() || Character.isWhitespace(text.charAt(i))
                || "，,。；;：:（(）)、】]！？!?|｜".indexOf(text.charAt(i)) >= 0 || titleAt(text, i) || strongAt(text, i)
                || text.startsWith("说", i);
    }

    /** The name can end here: end of text, a non-Chinese character or a predicate. */
    static boolean boundaryAt(String text, int i) {
        return i >= text.length() || Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN
                || weakAt(text, i);
    }

    /** {@code i} opens a clause: the text's start or right after punctuation. */
    static boolean clauseStart(String text, int i) {
        return i == 0 || "，,。；;：:、！？!?\n".indexOf(text.charAt(i - 1)) >= 0;
    }

    // Time before a clause's subject: a clock time (08:00) or a time word (夜间, 出院时, 经治疗).
    private static final Pattern TIME_BEFORE = Pattern.compile("(?:\\d{1,2}[:：]\\d{2}\\s*|夜间|凌晨|上午|下午|晚间|晨起|今晨|今日|"
            + "昨日|昨夜|次日|当日|当晚|入院时|出院时|接诊时|查房时|就诊时|此时|目前|随后|经治疗后?|治疗后|术后|用药后|服药后)$");

    /** {@code i} can open a clause's subject: a clause start, after a space, or after a time (08:00 王芳神志清). */
    static boolean subjectStart(String text, int i) {
        return clauseStart(text, i) || Character.isWhitespace(text.charAt(i - 1))
                || TIME_BEFORE.matcher(text.substring(Math.max(0, i - 8), i)).find();
    }

    /** A surname that is also a measure word, after a numeral (两周后, 3支, 一张处方): the unit, not a person. */
    static boolean measureAfterNumeral(String text, int i) {
        return i > 0 && "周时支张双位名毛米包".indexOf(text.charAt(i)) >= 0
                && "0123456789一二三四五六七八九十两几数半每".indexOf(text.charAt(i - 1)) >= 0;
    }

    static boolean startsWord(String text, int i) {
        // After a digit comes a unit (5公里), not a name.
        return i == 0 || !isHan(text.charAt(i - 1)) && !Character.isDigit(text.charAt(i - 1))
                || WORD_BEFORE.matcher(text.substring(Math.max(0, i - 2), i)).find();
    }

    /**
     * Another character of {@code script} within {@code near} characters of [start, end): a word of a sentence,
     * heading or address in that script, where a word standing alone among Chinese text is a name.
     */
    /** The text holds a character of {@code script}: a scan cheaper than a pattern, and most records hold none. */
    static boolean hasScript(String text, Character.UnicodeScript script) {
        for (int i = 0; i < text.length(); i++) if (Character.UnicodeScript.of(text.charAt(i)) == script) return true;
        return false;
    }

    /**
     * Another word of {@code script} within {@code near} characters of the run, not counting the other items of a list
     * or the next clause (ꃬꍈꎐꂿ、ꇌꇰꀊꑛ): a sentence in the script has its words in the same item.
     */
    static boolean scriptNearInItem(String text, int start, int end, Character.UnicodeScript script, int near) {
        return scriptWithin(text, start, end, script, near, ITEM_SEPARATORS);
    }

    private static final String ITEM_SEPARATORS = "、，；;/";

    static boolean scriptNear(String text, int start, int end, Character.UnicodeScript script, int near) {
        return scriptWithin(text, start, end, script, near, "");
    }

    /** A character of {@code script} within {@code near} on either side of the run, stopping at any of {@code stops}. */
    private static boolean scriptWithin(String text, int start, int end, Character.UnicodeScript script, int near,
                                        String stops) {
        for (int i = start - 1; i >= Math.max(0, start - near) && stops.indexOf(text.charAt(i)) < 0; i--) {
            if (Character.UnicodeScript.of(text.charAt(i)) == script) return true;
        }
        for (int i = end; i < Math.min(text.length(), end + near) && stops.indexOf(text.charAt(i)) < 0; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == script) return true;
        }
        return false;
    }
}
