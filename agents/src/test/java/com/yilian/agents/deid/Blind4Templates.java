package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;

import static com.yilian.agents.deid.IdentifierForms.pick;

/**
 * Fourth blind group: templates and name pools written without seeing the rules, their error lists or the older
 * template groups' sentences, in the template language of {@link ClinicalTextGenerator}. To be measured once, with
 * the rules frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe} as {@code BLIND_4}); a rule
 * changed because of its errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents are of kinds the older groups hardly cover: discharge summaries, consent forms with patient, agent
 * and witness signatures, telephone follow-up logs, WeChat messages without punctuation, speech-recognition
 * transcripts of a consultation, family-doctor contracts, maternal, child-health and vaccination records, TCM and
 * psychiatric notes, insurance claims, prescriptions, MDT minutes, referral letters and mixed Chinese–English notes.
 *
 * <p>The people come from pools of their own, whose names do not occur in the pools of {@link Blind3Templates}:
 * the generator draws patient, family member and doctor from {@link #chineseName}, the
 * minority person from {@link #minorityName}, {@code DS} from {@link #surnameOf}, English names from
 * {@link #englishName} and {@link #englishSurname}, all from the one seeded random source. Any non-empty subset of
 * {@link #BLIND_4} uses these pools as well (see {@link #uses}), so single templates can be checked on their own.
 */
final class Blind4Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261203L;

    static final List<String> BLIND_4 = List.of(
            // 出院小结 (discharge summaries)
            "出院小结\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁  住院号：{R}\n入院日期：{D}  出院日期：{D}\n"
                    + "出院诊断：1.{DIS} 2.{DIS2}\n诊疗经过：入院后完善{EXAM}，{LAB}，予{DRUG}{DOSE}，症状缓解。\n"
                    + "出院医嘱：低盐低脂饮食，两周后门诊复查。\n主治医师：{DR}  住院医师签名：{F}\n",
            "出院带药：{DRUG}{DOSE}×14天，硝酸甘油0.5mg舌下含服prn。如有不适请拨打病区护士站电话{L}；"
                    + "患者{P}及家属已知晓并签字。",
            "出院时情况：{P}神志清，T {TEMP}，HR {HR}次/分，BP {BP}，切口甲级愈合。随访联系人：{F}，手机 {M}。",
            // 知情同意书 (consent, with patient, agent and witness signatures)
            "手术知情同意书\n患者姓名：{P}  病案号：{R}  拟行手术：腹腔镜下胆囊切除术\n"
                    + "医师已向我告知手术风险、替代方案及不手术的后果，我已充分理解并同意手术。\n"
                    + "患者签名：{P}  日期：{D}\n被委托人签名：{F}  与患者关系：{KIN}  联系电话：{M}\n"
                    + "谈话医师：{DR}  见证人：{MN}\n",
            "输血治疗同意书：患者{P}（身份证号{ID}）因{DIS}拟输注悬浮红细胞2U、血浆400ml，可能出现发热、过敏、"
                    + "输血传播疾病等风险。患者无法签字，由其{KIN}{F}代签。谈话医生 {DR}  {D} {TIME}\n",
            "授权委托书\n委托人：{P}，身份证号码 {ID}\n受托人：{F}，身份证号码 {ID}，手机 {M}\n"
                    + "因本人病情需要，委托上述受托人代为签署住院期间一切医疗文书。\n委托人签字（按手印）：{P}\n",
            "拒绝治疗声明：医生已告知行{EXAM}的必要性，患者（{P}）仍坚持拒绝，后果自负。见证人（{F}），"
                    + "经治医师（{DR}）。",
            // 电话随访 (telephone follow-up logs)
            "电话随访记录\n随访日期：{D}  随访人：{DR}\n被随访人：{P}（本人接听）  号码：{M}\n"
                    + "内容：出院后血压控制在{BP}左右，规律服用{DRUG}，无{SYM}。\n下次随访：一个月后\n",
            "{D} {TIME} 拨打{M}无人接听；{TIME} 再拨，其{KIN}{F}接听，称{P}已回老家（{A}）休养，约定下周再联系。"
                    + "随访护士 {DR}\n",
            "随访失败：登记号码{M}提示空号，备用电话{L}已停机，请门诊下次就诊时核对{P}的联系方式。",
            // 微信消息 (WeChat, spoken style, without punctuation)
            "{DS}医生您好我是{P}的{KIN}我妈昨天吃了{DRUG}以后一直{SYM}要不要先停药我电话{M}您有空回一下谢谢",
            "医生我是{P}上礼拜在你们那做的{EXAM}报告出来没有我住{A}能不能直接寄过来",
            "在吗{DR}大夫 我家老爷子{P}今天量血压{BP} 有点头晕 {DRUG}还要接着吃吗 我是他{KIN}{F}",
            "收到 谢谢{DS}主任 明天一早我带{P}过去 挂的{DEPT} 就诊卡号{R} 到了给您发消息",
            "好的好的 {F}已经把钱转过去了 卡号{B} 户名{P} 麻烦财务查收一下",
            // 语音转写 (ASR transcripts of a consultation)
            "医生：叫什么名字\n患者：{P}\n医生：多大了\n患者：{AGE}\n医生：哪里不舒服\n患者：就是{SYM} 有{DUR}了\n"
                    + "医生：留个电话吧\n患者：{M}\n",
            "[语音转写] 医生 好 你把身份证号报一下 患者 嗯 {ID} 医生 住哪儿 患者 {A} 医生 行 家属叫什么 "
                    + "患者 我老伴 叫{F}\n",
            "【转写】患者：我那个医保卡号是{I} 医生：好我看一下 嗯你是{DOB}出生的对吧 患者：对对对 医生：{P}是吧 "
                    + "患者：是的\n",
            // 家庭医生签约 (family-doctor contracts)
            "家庭医生签约服务协议书\n甲方（签约团队）：{HOSP}全科团队  团队长：{DR}\n"
                    + "乙方（签约居民）：{P}  性别：{SEX}  出生日期：{DOB}\n身份证号：{ID}\n居住地址：{A}\n"
                    + "联系电话：{M}\n服务包：基础包＋慢病包（{DIS}）\n",
            "签约居民{P}，{AGE}岁，{DIS}，本季度上门随访2次，空腹血糖6～8mmol/L；家庭医生{DR}、签约护士{F}。",
            "上门服务：{D}，{DR}到{A}为卧床老人{P}更换胃管、评估压疮，家属{F}在场。",
            // 妇幼保健与预防接种 (maternal, child health, vaccination)
            "孕产妇保健手册\n孕妇姓名：{P}  出生日期：{DOB}  身份证：{ID}\n丈夫姓名：{F}  联系电话：{M}\n"
                    + "现住址：{A}\n末次月经：{D}  G2P1\n建册单位：{HOSP}\n",
            "产检记录：{P}，孕28+3周，宫高27cm，腹围92cm，胎心142次/分，OGTT未见异常。下次产检{D}。产检医生：{DR}",
            "预防接种证\n儿童姓名：{P}  性别：{SEX}  出生日期：{DOB}\n监护人：{F}  联系电话：{M}\n"
                    + "家庭住址：{A0}\n{D} 乙肝疫苗第2剂 批号202405173 接种单位：{HOSP} 接种者：{DR}\n",
            "儿童保健门诊：{P}，{AGE}月龄，体重8.2kg，身长70cm，发育评估正常；母亲{F}诉夜间易醒。"
                    + "建议维生素D 400IU qd。",
            "出生医学证明信息核对：新生儿{P}，出生日期{DOB}，母亲{F}（身份证{ID}），父亲{MN}，"
                    + "接生单位{HOSP}。",
            "狂犬病暴露处置登记：{P}，{AGE}岁，{D}被犬咬伤左小腿，Ⅲ级暴露，联系方式{M}，身份证{ID}，"
                    + "已注射人免疫球蛋白及第1剂疫苗。",
            // 中医 (TCM)
            "中医门诊病历 {D}\n{P}  {SEX}  {AGE}岁\n主诉：{SYM}{DUR}\n舌淡红，苔薄白，脉弦细。\n辨证：肝郁脾虚\n"
                    + "处方：柴胡10g 白芍15g 当归10g 茯苓15g 白术10g 炙甘草6g 七剂 水煎服 日一剂\n医师：{DR}\n",
            "{DR}老中医查房：{P}舌暗红少苔，脉细数，证属阴虚火旺，予六味地黄丸加减，针刺足三里、三阴交。",
            // 精神科 (mental health)
            "精神科病程记录 {D}\n{P}情绪低落，兴趣减退，PHQ-9 18分，否认消极观念；其{KIN}{F}反映近两周早醒。"
                    + "继续舍曲林50mg qd，心理治疗每周一次，治疗师{DR}。\n",
            "住院期间{P}出现冲动毁物，经{DS}医生评估后予保护性约束2小时，已电话告知监护人{F}（{M}）。",
            // 保险理赔 (insurance claims)
            "商业保险理赔申请书\n被保险人：{P}  证件号码：{ID}\n申请人：{F}  与被保险人关系：{KIN}\n"
                    + "出险日期：{D}  就诊医院：{HOSP}\n理赔款收款账户：{B}  户名：{F}\n联系电话：{M}\n",
            "医保结算单：参保人{P}，社会保障号码{I}，住院号{R}，统筹支付12386.50元，个人自付3021.14元；经办人{DR}。",
            "异地就医备案：{P}，医保编号 {I}，参保地{A0}，就医机构{HOSP}，备案有效期至{D}。",
            // 处方 (prescriptions)
            "处方笺（普通）\n费别：医保  医保号：{I}  门诊号：{R}\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁\n"
                    + "临床诊断：{DIS}\nRp：{DRUG} {DOSE} ×7天\n医师：{DR}  审核药师：{MN}\n",
            "麻醉药品专用处方：患者{P}，身份证{ID}，代办人{F}（身份证{ID}），盐酸吗啡缓释片30mg q12h×3天，医师{DR}。",
            // MDT 讨论 (several doctors listed with 、)
            "MDT讨论记录\n时间：{D} {TIME}  地点：肿瘤中心示教室\n患者：{P}，{SEX}，{AGE}岁，住院号{R}\n"
                    + "参加人员：{DR}、{F}、{MN}、{DS}主任（主持）\n意见：{DIS}，建议新辅助化疗后再评估手术。\n",
            "多学科会诊：参会专家{DS}主任、{F}副主任医师、{MN}主治医师；记录人{DR}。结论：{P}暂不手术，转{DEPT}。",
            // 转诊 (referral letters)
            "转诊单（存根）\n转出单位：{HOSP}\n患者：{P}  性别：{SEX}  年龄：{AGE}  身份证号：{ID}\n初步诊断：{DIS}\n"
                    + "转诊原因：需行{EXAM}\n转诊医生：{DR}  联系电话：{L}\n",
            "尊敬的{DS}主任：兹有我院患者{P}，因{DIS}{DUR}，治疗效果欠佳，特转贵院进一步诊治，望予接收。"
                    + "此致 敬礼 {DR} {D}",
            // 中英混杂 (mixed Chinese–English notes)
            "Pt {P}，{AGE}F，c/o {SYM} x {DUR}，PMH: {DIS}。Plan: {EXAM}, start {DRUG} {DOSE}. Contact {F} @ {M}.",
            "D/C summary: {E}, MRN {R}, DOB {DOB}. Dx: {DIS_EN}. F/u with Dr. {ES} in 2 weeks; call {M} if febrile.\n",
            "Consent signed by {E} (patient) and witnessed by {E2}, RN, on {D}; interpreter {DR} (Mandarin).",
            "International patient {E3}, insurer policy no. {I}, local guarantor {F}, tel {L}; Medtronic MiniMed 780G "
                    + "pump in situ.",
            "Dear Dr. {ES},\nThank you for seeing {E}, a {AGE}-year-old with {DIS_EN}. Her husband {E2} can be reached "
                    + "on {M}.\nYours sincerely,\n{DR}\n",
            // 名字在行首、逗号后、括号中 (names at line starts, after commas, in brackets)
            "腕带信息\n{P}\n{SEX} {AGE}岁 {DEPT} 12床\n住院号 {R}\n",
            "昨天下午来了一位老人，{P}，说是{F}介绍来的，自述{SYM}{DUR}。",
            "入院护理评估：{MN}，{SEX}，{AGE}岁，维吾尔族，需翻译，联系人{F}，电话{M}，住址{A}。",
            "藏族患者{MN}，{AGE}岁，由{HOSP}转入，翻译{F}陪同，诉返回平原后{SYM}。",
            // 其他文书 (certificates, billing, check-ups, SMS)
            "诊断证明书\n兹证明{P}（身份证号：{ID}）于{D}在我院{DEPT}就诊，诊断为{DIS}，建议休息{DUR}。\n医师：{DR}\n",
            "住院预交金退款：收款人{F}，账号{B}，身份证{ID}，手机{M}。",
            "体检报告 体检号{R} 姓名{P} 出生日期{DOB} 总检医生{DR} 结论：{LAB}，建议{DEPT}进一步诊治",
            "【{HOSP}】尊敬的{P}，您已预约{D}{DEPT}{DR}医生门诊，就诊序号15，请凭身份证{ID}取号。",
            "社工记录：独居老人{P}，住{A}，子女{F}在外地工作（{M}），已联系社区网格员每日探视。",
            "血透记录：{P}，透析号{R}，内瘘震颤良好，超滤2.5L，肝素钠首剂2000U；签名 {DR}/{F}",
            "入院登记：{P}，单位电话{L}，家庭电话{L}，紧急联系人{F}（{KIN}）{M}。");

    // Common surnames with given names that are ordinary words (王建设, 夏天, 安静, 杜鹃, 丁香, 马上飞), everyday
    // names, rare single surnames (亢, 綦, 嵇, 荀, 阚, 淦, 檀, 仵…), compound surnames (轩辕, 鲜于, 万俟, 濮阳, 太叔,
    // 仲孙, 公羊, 谷梁, 西门…), Korean-Chinese names and Hong Kong/Taiwan married names (刘陈素芬).
    private static final List<String> CHINESE = List.of((
            "王建设 李平安 张国庆 刘胜利 陈红旗 赵春风 杨光明 周向前 吴海洋 孙小雨 高山 田野 林森 安静 夏天 温暖 "
            + "杜鹃 丁香 宋玉 马上飞 钱多多 方正 黄金 秦岭 易安 文明 "
            + "郭淑珍 何振华 罗玉梅 郑海涛 梁晓燕 谢宏伟 唐志刚 韩冬梅 邓丽萍 曾美华 肖建平 董秀兰 袁立新 潘春燕 "
            + "蒋小军 蔡文娟 余家豪 程思远 苏慧敏 魏红 胡燕妮 徐子墨 朱浩然 孙艺菲 李沐阳 张可馨 "
            + "亢文博 扈春梅 綦建军 滕飞 邰晓 嵇明辉 芮成刚 荀玉珍 阚凤英 汲海波 淦月 檀国栋 甄美 佟桂芝 巩利民 敖东 "
            + "禹志强 鄢红梅 郁达 储成亮 仵德 暨南 蒿秀英 邸立 盖磊 "
            + "轩辕剑锋 鲜于春 万俟英 濮阳秀芝 太叔宁 仲孙平 公羊明月 谷梁晓 西门雪 欧阳建国 司马玉兰 上官婉 "
            + "诸葛卫东 慕容秋 "
            + "朴成浩 崔允熙 金哲洙 "
            + "刘陈素芬 张王秀英 林黄丽珠").split(" "));
    private static final List<String> COMPOUND_SURNAMES = List.of("轩辕", "鲜于", "万俟", "濮阳", "太叔", "仲孙", "公羊",
            "谷梁", "西门", "欧阳", "司马", "上官", "诸葛", "慕容");
    // Uyghur and Kazakh names with a middle dot (also the look-alike dots • and ・ of real documents); Tibetan,
    // Mongolian, Yi and Dai names without a surname.
    private static final List<String> MINORITY = List.of((
            "阿卜杜拉·艾则孜 祖丽皮亚·买合木提 麦麦提敏·托合提 阿孜古丽•吐尔洪 哈力木拉提·别克 古丽巴哈·阿不都热合曼 "
            + "马合木提·吾买尔 阿依夏木・吐逊 叶尔兰·努尔兰 "
            + "尼玛次仁 边巴卓嘎 拉巴顿珠 德吉央宗 次旦多吉 额尔敦巴雅尔 娜仁图雅 苏日娜 宝音德力格尔 那日松 "
            + "曲比阿果 阿牛木呷 吉克曲布 岩温 玉罕").split(" "));
    // given|family: word-like names (Hope, Carpenter, Baker, Hunter), hyphens, apostrophes, particles, diacritics, pinyin,
    // two-part Spanish surnames.
    private static final List<String> ENGLISH = List.of("Siddharth|Venkataraman", "Beatriz|Oliveira", "Niamh|O'Sullivan",
            "Hyun-woo|Choi", "Zoë|Whitfield", "Samira|Al-Mansouri", "Hope|Carpenter", "Rose|Baker", "Will|Hunter",
            "Mark|Shepherd", "Ivy|Pemberton", "June|Fisher", "Tuan|Vo", "Wei|Zhang", "Jean-Pierre|Moreau",
            "Mary-Kate|Donnelly", "Kwabena|Asante", "Chinonso|Obi", "Anatoly|Sokolov", "Ana|de Souza", "Willem|van Rijn",
            "Hannah|McKenzie-Ross", "Luis|García Márquez", "Björn|Engström", "Yuki|Matsumoto", "Faith|Long",
            "Francesca|Conti", "Connor|Walsh", "Nour|El-Din", "Kai|Lee", "Xiaoming|Guo", "Ravi|Subramanian",
            "Patrick|D'Arcy", "Heidi|Lindström", "Tariq|Hussain", "Marta|Krawczyk");

    private Blind4Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_4 || !templates.isEmpty() && BLIND_4.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname of a name of this pool (or of any single-character surname). */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** A minority name, with or without a dot. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** "Given Family", e.g. "Luis García Márquez". */
    static String englishName(RandomGenerator r) {
        return pick(ENGLISH, r).replace('|', ' ');
    }

    /** The family part only, e.g. "van Rijn". */
    static String englishSurname(RandomGenerator r) {
        String n = pick(ENGLISH, r);
        return n.substring(n.indexOf('|') + 1);
    }

    /** Every name these pools can produce, for the well-formedness test. */
    static boolean isPoolName(String s) {
        return CHINESE.contains(s) || MINORITY.contains(s) || CHINESE.stream().map(Blind4Templates::surnameOf)
                .anyMatch(s::equals) || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(s)
                || n.substring(n.indexOf('|') + 1).equals(s));
    }
}
