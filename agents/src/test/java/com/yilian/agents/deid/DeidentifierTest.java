package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

class DeidentifierTest {
    private static final Deidentifier DEID = new Deidentifier();
    private static final String ID = "11010519491231002X";

    @Test
    void aConjunctionBetweenTwoRolesIsNoSurnameButTheSurnameWithALabelOrGivenNameStays() {
        for (String text : List.of("请医生和护士注意患者情况", "家属和医生沟通后同意手术", "主任和护士长查房", "和医生说明了病情")) {
            assertThat(found(text, EntityKind.NAME)).as(text).isEmpty();
        }
        assertThat(found("今日由和建国医生接诊。", EntityKind.NAME)).containsExactly("和建国");
        assertThat(found("主治医师：和医生", EntityKind.NAME)).containsExactly("和");
    }

    @Test
    void residentIdChecksumFollowsGb11643() {
        assertThat(Checksums.isResidentId18(ID)).isTrue();
        assertThat(Checksums.isResidentId18("110105194912310021")).isFalse();
        assertThat(Checksums.isResidentId15("110105491231002")).isTrue();
        assertThat(Checksums.luhn("4111111111111111")).isTrue();
        assertThat(Checksums.luhn("4111111111111112")).isFalse();
    }

    @Test
    void anIdWithAWrongChecksumIsNotTaggedAsAnId() {
        String wrong = "110105194912310021";
        assertThat(found("身份证号：" + wrong + "，复诊。", EntityKind.ID_NUMBER)).isEmpty();
        assertThat(found("身份证号：" + ID + "，复诊。", EntityKind.ID_NUMBER)).containsExactly(ID);
    }

    @Test
    void findsEachKind() {
        String text = "患者欧阳娜娜，女，45岁，身份证号" + ID + "，手机+86 138-1234-5678，座机010-62345678，"
                + "住址浙江省杭州市西湖区文三路138号3栋2单元501室，住院号：ZY20230415，医保卡号：K123456789，"
                + "银行卡号4111 1111 1111 1111，出生日期：1985年3月12日。";
        assertThat(found(text, EntityKind.NAME)).containsExactly("欧阳娜娜");
        assertThat(found(text, EntityKind.ID_NUMBER)).containsExactly(ID);
        assertThat(found(text, EntityKind.PHONE)).containsExactly("+86 138-1234-5678", "010-62345678");
        assertThat(found(text, EntityKind.ADDRESS)).containsExactly("浙江省杭州市西湖区文三路138号3栋2单元501室");
        assertThat(found(text, EntityKind.MEDICAL_RECORD)).containsExactly("ZY20230415");
        assertThat(found(text, EntityKind.INSURANCE)).containsExactly("K123456789");
        assertThat(found(text, EntityKind.BANK_CARD)).containsExactly("4111 1111 1111 1111");
        assertThat(found(text, EntityKind.BIRTH_DATE)).containsExactly("1985年3月12日");
    }

    @Test
    void findsNamesWithTitlesCompoundSurnamesAndEnglishNames() {
        String text = "王医生与李主任会诊后，由司马光明主治，患者刘某某的家属上官婉儿同意；张先生之女John Smith与Mary O'Brien陪同。";
        assertThat(found(text, EntityKind.NAME))
                .containsExactly("王", "李", "司马光明", "刘某某", "上官婉儿", "张", "John Smith", "Mary O'Brien");
    }

    @Test
    void findsTheNameAPatientIntroducesHimselfWith() {
        // Found leaking to a remote endpoint in the model end-to-end test: the opening words of a chat.
        assertThat(found("医生您好，我叫欧阳娜娜，咳嗽三天了。", EntityKind.NAME)).containsExactly("欧阳娜娜");
        assertThat(found("我父亲名叫张建国，今年七十岁。", EntityKind.NAME)).containsExactly("张建国");
    }

    @Test
    void findsMinorityNamesRareSurnamesAndClauseInitialNames() {
        assertThat(found("患者买买提·艾力诉头痛，由其女儿阿依古丽·吐尔逊陪同来院。", EntityKind.NAME))
                .containsExactly("买买提·艾力", "阿依古丽·吐尔逊");
        assertThat(found("诊断：吉兰·巴雷综合征。", EntityKind.NAME)).isEmpty();
        assertThat(found("账户名仉波，就诊人：蒯小安。", EntityKind.NAME)).containsExactly("仉波", "蒯小安");
        assertThat(found("今晨巡视病房，俞健娇生命体征平稳。", EntityKind.NAME)).containsExactly("俞健娇");
        assertThat(found("会诊意见（心内科张伟）：考虑冠心病。", EntityKind.NAME)).containsExactly("张伟");
        assertThat(found("Dr. Rossi reviewed the CT with Freya Kowalski.", EntityKind.NAME))
                .containsExactly("Rossi", "Freya Kowalski");
    }

    @Test
    void aNameConfirmedOnceReplacesShorterReadingsOfItElsewhere() {
        // Wherever the record repeats a confirmed name, the whole of it is masked (高琦 alone would leak 璐).
        String text = "患者高琦璐，女，45岁。今晨高琦璐生命体征平稳。";
        assertThat(found(text, EntityKind.NAME)).containsExactly("高琦璐", "高琦璐");
    }

    @Test
    void bodySidesPlacesAndVerbsAfterCuesAreNoNames() {
        assertThat(DEID.find("查体：左前臂、左踝压痛，毛细支气管炎，居住于农村，王芳陪同来院。"))
                .extracting(s -> s.kind() + ":" + s.length()).containsExactly("NAME:2");
    }

    @Test
    void roleShiftAndDutyWordsBeforeTitlesAreNoNamesButOpenOne() {
        // 夜班|护士 (班), 责任|护士 (任), 社区|医生 (区), 与患者关系: the last character of a word is no surname.
        assertThat(found("夜班护士王芳巡视，值班医生李医师查看；责任护士：张伟；宣教护士：刘洋；与患者关系：儿子。", EntityKind.NAME))
                .containsExactly("王芳", "李", "张伟", "刘洋");
        assertThat(found("管床医生已查房，康复医生已到场评估，麻醉医生黎医生签字。", EntityKind.NAME)).containsExactly("黎");
        assertThat(found("巡回护士邹骏浩；分诊护士程欣；社区医生童皓兵电话随访。", EntityKind.NAME))
                .containsExactly("邹骏浩", "程欣", "童皓兵");
    }

    @Test
    void englishNamesOutsideOurListsAreTakenByPositionNotVocabulary() {
        assertThat(found("Attending: Tomasz Brennan. Seen with Nadia Okafor; nurse Hugo Moretti at bedside.", EntityKind.NAME))
                .containsExactly("Tomasz Brennan", "Nadia Okafor", "Hugo Moretti");
        assertThat(DEID.find("Seen in the Emergency Department on Monday; Chest X-ray clear. Atrial Fibrillation was "
                + "ruled out. Assessment: Acute Pulmonary Edema. Ann Intern Med 2012;156:500-11")).isEmpty();
    }

    @Test
    void clauseSubjectsBeforeStatusWordsKinshipCuesAndRunOnLabels() {
        assertThat(found("出院时孟洋洋一般情况可。08:00 王芳神志清。经治疗李建国病情好转。", EntityKind.NAME))
                .containsExactly("孟洋洋", "王芳", "李建国");
        assertThat(found("患者之母赵秀兰陪同。其子钱立新代诉。由奶奶潘鹏勇带来体检。", EntityKind.NAME))
                .containsExactly("赵秀兰", "钱立新", "潘鹏勇");
        // A record that ends without a full stop runs on into the next one.
        assertThat(found("转出医师：葛凤泽患者吐尔逊·热依拉，男。", EntityKind.NAME)).containsExactly("葛凤泽", "吐尔逊·热依拉");
        assertThat(found("接诊时何有明面色苍白，实习护士杨皓薇在带教老师杨老师指导下为邹贵留置胃管。", EntityKind.NAME))
                .containsExactly("何有明", "杨皓薇", "杨", "邹贵");
        assertThat(found("尊敬的东门主任：现转诊闾丘辉霞一名。", EntityKind.NAME)).containsExactly("东门", "闾丘辉霞");
    }

    @Test
    void keepsClinicalContent() {
        String text = "2023年5月10日于北京协和医院心内科就诊，年龄45岁，诊断高血压、2型糖尿病，予阿莫西林0.5g tid、布洛芬，"
                + "白细胞11.2×10^9/L，血压150/95mmHg，订单号13812345678，医生建议复查。";
        assertThat(DEID.deidentify(text).text()).isEqualTo(text);
    }

    @Test
    void theSameOriginalGetsTheSamePlaceholder() {
        DeidentifiedText d = DEID.deidentify("患者张伟，男，60岁，电话13812345678；张伟之女张丽电话13912345678，再次联系13812345678。");
        assertThat(d.text()).isEqualTo("患者[姓名1]，男，60岁，电话[电话1]；[姓名1]之女[姓名2]电话[电话2]，再次联系[电话1]。");
        assertThat(d.mapping()).containsEntry("[姓名1]", "张伟").containsEntry("[姓名2]", "张丽")
                .containsEntry("[电话1]", "13812345678").containsEntry("[电话2]", "13912345678");
    }

    @Test
    void restoreRoundTripsInAnyOrderAndLeavesUnknownPlaceholders() {
        String text = "患者欧阳娜娜，身份证号" + ID + "，联系人王建国（儿子），电话13812345678。";
        DeidentifiedText d = DEID.deidentify(text);
        assertThat(d.text()).doesNotContain("欧阳娜娜", ID, "王建国", "13812345678");
        assertThat(d.restore(d.text())).isEqualTo(text);
        String answer = "请[姓名2]提醒[姓名1]复诊；[姓名1]的电话[电话1]，[姓名1]身份证[身份证号1]。[姓名9]与[地址3]未知。";
        assertThat(d.restore(answer)).isEqualTo(
                "请王建国提醒欧阳娜娜复诊；欧阳娜娜的电话13812345678，欧阳娜娜身份证" + ID + "。[姓名9]与[地址3]未知。");
    }

    @Test
    void roundTripsTheSyntheticSet() {
        for (LabelledRecord r : new ClinicalTextGenerator(11, ClinicalTextGenerator.DEVELOPMENT).generate(200)) {
            DeidentifiedText d = DEID.deidentify(r.text());
            assertThat(d.restore(d.text())).isEqualTo(r.text());
        }
    }

    @Test
    void personSlotsTakeWordNamesDoubleSurnamesAndSurnamesOnlyHanlpKnows() {
        // Sentences of our own, not of any template set: each class once.
        assertThat(found("术后随访：妻子向阳代答，恢复良好。", EntityKind.NAME)).containsExactly("向阳");
        assertThat(found("输血同意书：受血者许诺，血型O型。", EntityKind.NAME)).containsExactly("许诺");
        assertThat(found("其母亲陈李淑华诉昨夜发热。", EntityKind.NAME)).containsExactly("陈李淑华");
        assertThat(found("收据：交款人贲永红，金额500元。", EntityKind.NAME)).containsExactly("贲永红");
        assertThat(found("我家那口子吴梓萱昨晚又咳了。", EntityKind.NAME)).containsExactly("吴梓萱");
        assertThat(found("查房时方圆诉夜间胸痛。", EntityKind.NAME)).containsExactly("方圆");
        assertThat(found("检验科黄朵朵来电，报告危急值。", EntityKind.NAME)).containsExactly("黄朵朵");
        assertThat(found("病友群：@江河 大夫，请问能加号吗？", EntityKind.NAME)).containsExactly("江河");
        // The same words where no person stands stay.
        for (String text : List.of("病房向阳，采光好。", "医生许诺尽快安排手术。", "方圆五公里内无药店。", "15床寒战，予保暖。")) {
            assertThat(found(text, EntityKind.NAME)).as(text).isEmpty();
        }
    }

    @Test
    void minorityNamesWithoutInterpunctAndEnglishNamesWithParticlesAccentsAndHyphens() {
        assertThat(found("06:15 扎西顿珠左手留置针处红肿。", EntityKind.NAME)).containsExactly("扎西顿珠");
        assertThat(found("12床哈斯巴根，输液中。", EntityKind.NAME)).containsExactly("哈斯巴根");
        assertThat(found("left a voicemail for Pieter van der Berg; call back", EntityKind.NAME))
                .containsExactly("Pieter van der Berg");
        assertThat(found("Informed consent: I, Marie-Claire Lefèvre, agree.", EntityKind.NAME))
                .containsExactly("Marie-Claire Lefèvre");
        assertThat(found("Interpreter: Tomasz Zieliński. Seen by Dr de la Cruz.", EntityKind.NAME))
                .containsExactly("Tomasz Zieliński", "de la Cruz");
        assertThat(found("Nurse Kim will call Hao Sun tomorrow.", EntityKind.NAME)).containsExactly("Kim", "Hao Sun");
    }

    @Test
    void numberLabelsByTheirHeadAndPlaceOfLabels() {
        assertThat(found("请家属出院当日携医保卡（320118325385H）办理结算。", EntityKind.INSURANCE)).containsExactly("320118325385H");
        assertThat(found("参保人张三，医保编号61007188431，新农合证号 K20931847。", EntityKind.INSURANCE))
                .containsExactly("61007188431", "K20931847");
        assertThat(found("女，40岁，检查号5097147264，胸部CT未见异常。", EntityKind.MEDICAL_RECORD)).isEmpty();
        assertThat(found("参保地昆明市蜀山区兴明巷587号，本次结算。", EntityKind.ADDRESS)).containsExactly("昆明市蜀山区兴明巷587号");
    }

    @Test
    void aRecordEndingInAOneCharacterSurnameIsNoCrash() {
        // found by the fourth blind set: a function surname as the last character asked for a name past the end
        for (String text : List.of("患者由家属和", "随访：陪同人为女儿和", "和")) {
            assertThat(new Deidentifier().find(text)).as(text).isNotNull();
        }
    }

    @Test
    void findsGroupedIdsInternationalPhonesAndLabelsOfScansAndForms() {
        assertThat(found("有效证件号：110105 19491231 002X", EntityKind.ID_NUMBER)).containsExactly("110105 19491231 002X");
        assertThat(found("身份证 1101 0519 4912 3100 2X 已核对", EntityKind.ID_NUMBER)).containsExactly("1101 0519 4912 3100 2X");
        assertThat(found("证件号 110105 491231 002", EntityKind.ID_NUMBER)).containsExactly("110105 491231 002");
        assertThat(found("联系电话 (+86) 138 0013 8000", EntityKind.PHONE)).containsExactly("(+86) 138 0013 8000");
        assertThat(found("手机（+86）13800138000", EntityKind.PHONE)).containsExactly("（+86）13800138000");
        assertThat(found("联 系 电 话 ：02150006832", EntityKind.PHONE)).containsExactly("02150006832");
        assertThat(found("病 历 号：ZY2024-000123", EntityKind.MEDICAL_RECORD)).containsExactly("ZY2024-000123");
        assertThat(found("腕带号JZ20240512-0087", EntityKind.MEDICAL_RECORD)).containsExactly("JZ20240512-0087");
        assertThat(found("体检编号：TJ20220813-2833", EntityKind.MEDICAL_RECORD)).containsExactly("TJ20220813-2833");
        assertThat(found("健康档案号：\t3301060012", EntityKind.MEDICAL_RECORD)).containsExactly("3301060012");
        assertThat(found("就诊卡MZ2021-181358，请妥善保管", EntityKind.MEDICAL_RECORD)).containsExactly("MZ2021-181358");
        assertThat(found("医保电子凭证编码：YB330106123", EntityKind.INSURANCE)).containsExactly("YB330106123");
        assertThat(found("insurer policy no. YB055824281, tel", EntityKind.INSURANCE)).containsExactly("YB055824281");
        // A 15-digit run grouped otherwise is no legacy ID: it has no check digit to vouch for it.
        assertThat(found("批次 11010 54912 31002", EntityKind.ID_NUMBER)).isEmpty();
        assertThat(found("就诊卡已办理", EntityKind.MEDICAL_RECORD)).isEmpty();
    }

    @Test
    void findsEnglishNamesFamilyFirstInCapitalsWithInitialsAndInGreetings() {
        String band = "WRISTBAND for ABERNATHY-COLE, ESTHER (MRN 123). Surgeon: Bautista, Rogelio; PATIENT: HENRIK DAHL";
        assertThat(found(band, EntityKind.NAME)).containsExactly("ABERNATHY-COLE, ESTHER", "Bautista, Rogelio", "HENRIK DAHL");
        assertThat(found("Reviewed by A. Whitlock and I. de León. Hi Ashby, thanks.", EntityKind.NAME))
                .containsExactly("A. Whitlock", "I. de León", "Ashby");
        for (String clinical : List.of("E. coli grew; S. Aureus too.", "Findings: Chest, Abdomen normal.",
                "DIAGNOSIS: ACUTE MYOCARDIAL INFARCTION", "Dear Colleague, please see.", "Hi All, the meeting moved.")) {
            assertThat(found(clinical, EntityKind.NAME)).as(clinical).isEmpty();
        }
    }

    @Test
    void aSurnameUsedAsAFormOfAddressIsMasked() {
        assertThat(found("老王今天轮休，谢谢老刘；小李，明天来；谢谢王姐！", EntityKind.NAME)).containsExactly("王", "刘", "李", "王");
        assertThat(found("老牛的药到了，钱老说再观察。", EntityKind.NAME)).containsExactly("牛", "钱");
        for (String text : List.of("老师查房。", "3小时后复查。", "结节小于5mm。", "表哥陪同。", "老年人跌倒风险高。", "养老院转入。",
                "病灶较前缩小。", "右侧小阴唇红肿。", "嘱其小心。", "养老院转入，衰老明显。", "古老的方子。")) {
            assertThat(found(text, EntityKind.NAME)).as(text).isEmpty();
        }
    }

    @Test
    void afterANameLabelAPlaceLikeWordIsTheName() {
        assertThat(found("姓名：洪湖　性别：女　透析号：123", EntityKind.NAME)).containsExactly("洪湖");
        assertThat(found("参保人姓名：洪湖", EntityKind.NAME)).containsExactly("洪湖");
        assertThat(found("出生地：洪湖，职业：农民", EntityKind.NAME)).isEmpty();
    }

    @Test
    void findsPinyinNamesAsPassportsWriteThem() {
        String text = "Patient ZHANG Wei, DOB 1980-01-02, seen by Dr. RUI; wife OUYANG Jingyu and Mrs TENG Ping'an.";
        assertThat(found(text, EntityKind.NAME)).contains("ZHANG Wei", "RUI", "OUYANG Jingyu", "TENG Ping'an");
        for (String clinical : List.of("CT Chest was normal.", "Transferred to ICU Ward.", "HE Stain negative.",
                "MA Protocol started.")) {
            assertThat(found(clinical, EntityKind.NAME)).as(clinical).isEmpty();
        }
    }

    @Test
    void aSlotOnlyAPersonFillsTakesAWordNameClosedByPunctuation() {
        assertThat(found("交班人王芳，接班人夏至。", EntityKind.NAME)).containsExactly("王芳", "夏至");
        assertThat(found("承办法官：郑重\n鉴定人：林荫", EntityKind.NAME)).containsExactly("郑重", "林荫");
        assertThat(found("妈妈林荫说孩子昨晚发热。", EntityKind.NAME)).containsExactly("林荫");
        // Without such a slot the same words stay words.
        assertThat(found("于是患者钦佩医生的耐心，郑重道谢。", EntityKind.NAME)).isEmpty();
        assertThat(found("主任医师：同意目前治疗方案。", EntityKind.NAME)).isEmpty();
    }

    @Test
    void aPersonAfterAnEnglishRoleOnlyPeopleFill() {
        assertThat(found("Adjuster: Trevelyan. Escorted by Obinna.", EntityKind.NAME))
                .containsExactly("Trevelyan", "Obinna");
        assertThat(found("Interpreter: 严肃.", EntityKind.NAME)).containsExactly("严肃");
        assertThat(found("Reviewed by Radiology on Monday.", EntityKind.NAME)).isEmpty();
    }

    @Test
    void drugsFindingsEponymsAndHistoricalPhysiciansThatReadLikeNamesStay() {
        for (String text : List.of("同时服用华法林、甲硝唑。", "孕32周，宫高30cm，胎心142。", "舌淡红，苔薄白，脉弦细。",
                "霍奇金淋巴瘤可除外。", "老师引孙思邈《千金方》之意。", "建册医院：宋庆龄妇幼保健院", "口服胡庆余堂丸剂。",
                // A measure word after a numeral, a preposition glued to its verb.
                "请两周后来院复查。", "就读于向阳幼儿园。", "Interpreter 翻译: none")) {
            assertThat(found(text, EntityKind.NAME)).as(text).isEmpty();
        }
        // A person whose name merely starts like one of them is still masked.
        assertThat(found("患者华法明，男，60岁。", EntityKind.NAME)).containsExactly("华法明");
        // …and so is one that a label or gender calls a person, wherever the word recurs in the record.
        assertThat(found("被鉴定人：白术，男。白术自述头晕。", EntityKind.NAME)).containsExactly("白术", "白术");
    }

    @Test
    void addressesFromACountyOrBannerThroughEstateAndFlatAndBirthDatesAfterARowsGender() {
        assertThat(found("上门随访：宝鸡市渭滨区光华大道167号桃源居12-3-1401，卧床。", EntityKind.ADDRESS))
                .containsExactly("宝鸡市渭滨区光华大道167号桃源居12-3-1401");
        assertThat(found("联系地址巴马瑶族自治县甲篆镇北沟村4组 备注", EntityKind.ADDRESS))
                .containsExactly("巴马瑶族自治县甲篆镇北沟村4组");
        assertThat(found("家住科尔沁右翼前旗乌兰毛都苏木十八洞村6组。", EntityKind.ADDRESS))
                .containsExactly("科尔沁右翼前旗乌兰毛都苏木十八洞村6组");
        assertThat(found("12床 王素珍 女 2013年9月9日 血型O", EntityKind.BIRTH_DATE)).containsExactly("2013年9月9日");
        assertThat(found("郑晓丹,男,1968.3.6,已婚", EntityKind.BIRTH_DATE)).containsExactly("1968.3.6");
        // A visit date after the gender is followed by its event.
        assertThat(found("患者女，2024年1月3日就诊。", EntityKind.BIRTH_DATE)).isEmpty();
    }

    @Test
    void localNumbersAfterAPhoneLabelFullWidthDashesAndRecordFileNumbers() {
        assertThat(found("责任家庭医生，联系电话2345678。", EntityKind.PHONE)).containsExactly("2345678");
        assertThat(found("电话0571－87654321无人接听", EntityKind.PHONE)).containsExactly("0571－87654321");
        assertThat(found("档案编号MZ2024001234，现住址", EntityKind.MEDICAL_RECORD)).containsExactly("MZ2024001234");
        // Without a phone label a seven-digit number is no phone (a count, a specimen).
        assertThat(found("血小板计数2345678，标本号1234567。", EntityKind.PHONE)).isEmpty();
    }

    @Test
    void aLabelOutweighsALuhnDigitAndFormsNameTheirOwnNumbers() {
        // 17 digits that happen to pass Luhn are the admission number their label says, a card after its own label.
        assertThat(found("住院号23020247568067149，电话", EntityKind.MEDICAL_RECORD)).containsExactly("23020247568067149");
        assertThat(found("住院号23020247568067149，电话", EntityKind.BANK_CARD)).isEmpty();
        assertThat(found("退款银行卡号23020247568067149。", EntityKind.BANK_CARD)).containsExactly("23020247568067149");
        // A birth date and a phone side by side are no card, whatever Luhn says of their digits together.
        assertThat(found("1 赵一苇 1973-02-07 18664478443 高血压", EntityKind.BANK_CARD)).isEmpty();
        assertThat(found("参合人李慧娟，参合证号3779642223，户主", EntityKind.INSURANCE)).containsExactly("3779642223");
        assertThat(found("姓名：邓月桂  编号：0331943016\n随访日期", EntityKind.MEDICAL_RECORD)).containsExactly("0331943016");
        // A specimen's or an exam's number is no record number, and no phone.
        assertThat(found("标本编号：2024031501", EntityKind.MEDICAL_RECORD)).isEmpty();
        assertThat(found("检查号：017382695816  住院号", EntityKind.PHONE)).isEmpty();
    }

    @Test
    void callLogNumbersAndRoadsNamedLikeBanners() {
        assertThat(found("2020-05-06: called Torvald Tveit at 5036149, spoke to wife.", EntityKind.PHONE))
                .containsExactly("5036149");
        assertThat(found("Called the ward at 10:30 about 3 beds.", EntityKind.PHONE)).isEmpty();
        assertThat(found("工作单位第五中学，现住址天津市河西区红旗大道523号，诊断", EntityKind.ADDRESS))
                .containsExactly("天津市河西区红旗大道523号");
    }

    @Test
    void fullWidthDigitsTwoDigitYearsBookletsAndPrefecturesOfSeveralPeoples() {
        // Scanned forms write digits full width; the span is the original text.
        assertThat(found("身份证号：４３０８０２１９８２０４２２２５９X\n", EntityKind.ID_NUMBER))
                .containsExactly("４３０８０２１９８２０４２２２５９X");
        assertThat(found("联系电话：１５０１７５６６０４０", EntityKind.PHONE)).containsExactly("１５０１７５６６０４０");
        assertThat(found("有事打（0396）3278663找闫医生，或请见到者联系87028989。", EntityKind.PHONE))
                .containsExactly("（0396）3278663", "87028989");
        assertThat(found("有事打1针后观察。", EntityKind.PHONE)).isEmpty();
        assertThat(found("劳动者陈素珍，出生日期58年8月，住址", EntityKind.BIRTH_DATE)).containsExactly("58年8月");
        assertThat(found("手册编号：MZ2022864423\n献血证号：A325037028\nHospital no.: ZY98921554", EntityKind.MEDICAL_RECORD))
                .containsExactly("MZ2022864423", "A325037028", "ZY98921554");
        assertThat(found("住址黔东南苗族侗族自治州凯里市育才巷124号，电话", EntityKind.ADDRESS))
                .containsExactly("黔东南苗族侗族自治州凯里市育才巷124号");
        assertThat(found("家住双江拉祜族佤族布朗族傣族自治县勐勐镇1号。", EntityKind.ADDRESS))
                .containsExactly("双江拉祜族佤族布朗族傣族自治县勐勐镇1号");
    }

    @Test
    void fieldLabelsPlacesAndSchoolsAreNoNames() {
        assertThat(found("居民签字：滑国栋  日期：2022.12.22", EntityKind.NAME)).containsExactly("滑国栋");
        assertThat(found("[微信群] 方若曦：@麻玉秀 孙吴县转来的曹爱军已经到了吗？", EntityKind.NAME))
                .containsExactly("方若曦", "麻玉秀", "曹爱军");
        assertThat(found("工作单位（学校）：雷锋小学\n学生体检名单（陶行知中学初二（3）班）", EntityKind.NAME)).isEmpty();
        assertThat(found("诊断肺结核（涂阳），中药：高良姜9g 秦艽10g", EntityKind.NAME)).isEmpty();
    }

    @Test
    void shortFormsOfANameTheRecordGivesInFull() {
        // Rare surnames the address-term rules do not list, and a given name used alone before a form of address.
        assertThat(found("续签通知（瞿嘉禾）：嘉禾阿姨，您好。患者靳连城 老靳的血压高。闻人素贞，闻人姐恢复可。", EntityKind.NAME))
                .containsExactly("瞿嘉禾", "嘉禾", "靳连城", "靳", "闻人素贞", "闻人");
        // Without the full name in the record a given name stays; 老 with a listed surname is an address of its own.
        assertThat(found("老靳的血压高，嘉禾阿姨来了。", EntityKind.NAME)).containsExactly("靳");
        assertThat(found("患者高明，血压提高姐妹陪同。", EntityKind.NAME)).containsExactly("高明");
    }

    @Test
    void aNameAFormSpreadsWithSpacesAfterItsLabel() {
        assertThat(found("姓 名：王 铁 栓\n现 住 址：", EntityKind.NAME)).containsExactly("王 铁 栓");
        assertThat(found("姓名 陈 耀 祖 年龄 68 岁", EntityKind.NAME)).containsExactly("陈 耀 祖");
        assertThat(found("姓  名：南 宫 凤 仪      性  别：男", EntityKind.NAME)).containsExactly("南 宫 凤 仪");
        // The gender after a spaced name is no part of it; spaced words that open with no surname are no name.
        assertThat(found("姓名 王 芳 女 45岁", EntityKind.NAME)).containsExactly("王 芳");
        assertThat(found("姓名 不 详", EntityKind.NAME)).isEmpty();
    }

    @Test
    void aLoneCityAfterAPlaceLabelIsNoAddress() {
        assertThat(found("参保地：韩城市  就医地：牡丹江市", EntityKind.ADDRESS)).isEmpty();
        assertThat(found("参保地：韩城市金城区新街12号", EntityKind.ADDRESS)).containsExactly("韩城市金城区新街12号");
        assertThat(found("家住城关镇", EntityKind.ADDRESS)).containsExactly("城关镇");
        // A province and its city are no household either, with or without a cue.
        assertThat(found("参保地：河北省沧州市，就医地河南省商丘市", EntityKind.ADDRESS)).isEmpty();
        assertThat(found("从天津市转回河南省商丘市老家继续化疗", EntityKind.ADDRESS)).isEmpty();
        assertThat(found("山西长治矿区卫生所记录：井下工，右足砸伤", EntityKind.ADDRESS)).isEmpty();
    }

    @Test
    void roadsNamedAfterAUniversityHousesBesideAnotherAndFlatsWithoutRoomWord() {
        assertThat(found("生前住郑州市二七区大学路165号院4号楼4单元1703，于家中死亡", EntityKind.ADDRESS))
                .containsExactly("郑州市二七区大学路165号院4号楼4单元1703");
        assertThat(found("家属（配偶），住北京市东城区东四八条胡同甲35号", EntityKind.ADDRESS))
                .containsExactly("北京市东城区东四八条胡同甲35号");
        assertThat(found("住石家庄市桥西区裕华西路98号院13号楼1单元704，电话", EntityKind.ADDRESS))
                .containsExactly("石家庄市桥西区裕华西路98号院13号楼1单元704");
        assertThat(found("送至郑州大学第一附属医院", EntityKind.ADDRESS)).isEmpty();
    }

    @Test
    void exportsLogsDottedPhonesExtensionsAndDashedInsuranceNumbers() {
        String xml = "<Patient><Name>郭焕英</Name><IDCard>450103193002238007</IDCard><Birth>1933/09/16</Birth>"
                + "<BirthWeight>3350</BirthWeight></Patient>";
        assertThat(found(xml, EntityKind.BIRTH_DATE)).containsExactly("1933/09/16");
        assertThat(found(xml, EntityKind.NAME)).containsExactly("郭焕英");
        String log = "his.sync op=D0137 patient=\"严书瑶\" mrn=ZY2023001 phone=163 7093 8795 dob=1999年9月16号 status=OK";
        assertThat(found(log, EntityKind.BIRTH_DATE)).containsExactly("1999年9月16号");
        assertThat(found(log, EntityKind.MEDICAL_RECORD)).containsExactly("ZY2023001");
        String yaml = "resident:\n  name: 公孙俊彦\n  phone: \"177.0858.1970\"\n  insurance_no: GX4413749889\n";
        assertThat(found(yaml, EntityKind.NAME)).containsExactly("公孙俊彦");
        assertThat(found(yaml, EntityKind.INSURANCE)).containsExactly("GX4413749889");
        String csv = "name;gender;birth_date;id_card\n徐馥芬;女;1931.10.21;513822201901229845";
        assertThat(found(csv, EntityKind.BIRTH_DATE)).containsExactly("1931.10.21");
        assertThat(found("patient mobile 177.0858.1970. 总值班电话：40183285转9859", EntityKind.PHONE))
                .containsExactly("177.0858.1970", "40183285转9859");
        assertThat(found("血钾3.5，体重138.5kg", EntityKind.PHONE)).isEmpty();
        assertThat(found("透析补助：王葆华，医保号YN-1801-186969，每周三次", EntityKind.INSURANCE)).containsExactly("YN-1801-186969");
        assertThat(found("Claimant: Nimal Jayasuriya\nDate of birth: 25th October 1977\nborn 18-Apr-2021", EntityKind.BIRTH_DATE))
                .containsExactly("25th October 1977", "18-Apr-2021");
    }

    @Test
    void datesBesideANameInAListAndAClinicsPatientCard() {
        assertThat(found("接种证查验：任红旗（2014/3/28）需补种。", EntityKind.BIRTH_DATE)).containsExactly("2014/3/28");
        assertThat(found("筛查名单\n姚跃进，1946/04/26，450103195411114004，右眼", EntityKind.BIRTH_DATE))
                .containsExactly("1946/04/26");
        // A visit date in a row has no ID after it.
        assertThat(found("复诊名单\n王芳，2024-03-05，复查血常规", EntityKind.BIRTH_DATE)).isEmpty();
        assertThat(found("口腔科门诊病历  卡号：ZYH2023971064\n", EntityKind.MEDICAL_RECORD)).containsExactly("ZYH2023971064");
        assertThat(found("健康卡号：500108776940M", EntityKind.INSURANCE)).containsExactly("500108776940M");
        assertThat(found("家住塔城地区沙湾市老沙湾镇青杠村5队10号，籍贯：湖南", EntityKind.ADDRESS))
                .containsExactly("塔城地区沙湾市老沙湾镇青杠村5队10号");
    }

    @Test
    void wordsThatStartWithASurnameBeforeATitleOrADot() {
        assertThat(found("需补种；班主任莫芷晴，电话", EntityKind.NAME)).containsExactly("莫芷晴");
        assertThat(found("【互联网医院·图文问诊】", EntityKind.NAME)).isEmpty();
        assertThat(found("医师乔大妮（曾在南阳张仲景博物馆义诊）", EntityKind.NAME)).containsExactly("乔大妮");
    }

    @Test
    void traditionalCharactersDutiesSignOffsAndListEntries() {
        // Read as simplified, one char for one: the span is the original's.
        assertThat(found("接诊医生黃美玲\nN班：張志偉、秦凤琴", EntityKind.NAME)).containsExactly("黃美玲", "張志偉", "秦凤琴");
        assertThat(found("诊断：原发性高血压｜审方：石榴", EntityKind.NAME)).containsExactly("石榴");
        assertThat(found("日期,一线,二线,三线\n2020年1月6日,蔡秀蓉,郑翠微,石榴", EntityKind.NAME))
                .containsExactly("蔡秀蓉", "郑翠微", "石榴");
        assertThat(found("Yours sincerely,\nRosamund Pettigrew\nConsultant", EntityKind.NAME)).containsExactly("Rosamund Pettigrew");
        assertThat(found("home-visit list: Zubair Mahmood - pressure sore; Kalinda Perera - palliative", EntityKind.NAME))
                .containsExactly("Zubair Mahmood", "Kalinda Perera");
        // Clinical words in the same places are no names.
        assertThat(found("Yours sincerely,\nCardiology Department\nproblem list: Chest Pain - resolved", EntityKind.NAME))
                .isEmpty();
    }

    @Test
    void villageTeamsMongolianVillagesTianjinUnitsAndPrefecturesOfFourCharacters() {
        for (String address : List.of("西双版纳傣族自治州勐海县勐遮镇曼洪村委会2村民小组14号", "锡林郭勒盟正蓝旗上都镇巴彦塔拉嘎查78号",
                "通辽市科尔沁左翼后旗甘旗卡镇宝日胡硕嘎查20号", "天津市河西区秋水里23号楼5门602室", "天津市河西区嘉陵道39号楼2门201室")) {
            assertThat(found("巡诊到" + address + "，老人咳嗽。", EntityKind.ADDRESS)).as(address).containsExactly(address);
        }
        assertThat(found("说他妻子肚子疼，住天津市河西区张自忠路40号楼4门603室。", EntityKind.ADDRESS))
                .containsExactly("天津市河西区张自忠路40号楼4门603室");
        assertThat(found("现住址于都县车溪乡前进村7组，联系电话", EntityKind.ADDRESS)).containsExactly("于都县车溪乡前进村7组");
    }

    @Test
    void recordNumbersWithNoAndInBracketsExtensionsAndShortBirthYears() {
        assertThat(found("床号：ICU-6  住院号：No.50227771\n", EntityKind.MEDICAL_RECORD)).containsExactly("No.50227771");
        assertThat(found("患者欧奕菲（ZY2025-505647）与郜明德（No.00953260）同室", EntityKind.MEDICAL_RECORD))
                .containsExactly("ZY2025-505647", "No.00953260");
        // A drug's dose or a bed in brackets is no record number.
        assertThat(found("患者欧奕菲（ICU-6）服用阿托伐他汀（20mg）", EntityKind.MEDICAL_RECORD)).isEmpty();
        assertThat(found("病人叫晏国庆生于86-9-27既往哮喘", EntityKind.BIRTH_DATE)).containsExactly("86-9-27");
        assertThat(found("2,聂蕙芳,男,58-7-3,620702200402217169", EntityKind.BIRTH_DATE)).containsExactly("58-7-3");
        assertThat(found("电话 0855-31002964分机6255⏎Call back on 0662-78104383-7024.".replace("⏎", "\n"), EntityKind.PHONE))
                .containsExactly("0855-31002964分机6255", "0662-78104383-7024");
        assertThat(found("Call back on 0662-78104383-7024.", EntityKind.BANK_CARD)).isEmpty();
    }

    @Test
    void aNameRunningIntoAClinicalWordIsNoneButAHerbAsAGivenNameStays() {
        assertThat(found("舌淡胖边有齿痕，脉沉缓。方用黄芪、当归、柴胡。", EntityKind.NAME)).isEmpty();
        assertThat(found("ICU检出耐碳青霉烯肺炎克雷伯菌，予缩宫素、罗库溴铵。", EntityKind.NAME)).isEmpty();
        assertThat(found("患者李桂枝，女，62岁。", EntityKind.NAME)).containsExactly("李桂枝");
    }

    @Test
    void theatreRolesEnglishStaffRolesAndTheShortFormOfAnUnlistedSurname() {
        assertThat(found("接生者成卓航，巡回解栓宝，新生儿科到场。", EntityKind.NAME)).contains("解栓宝");
        assertThat(found("Staff member: Guiying Qiao, phone 17437372010\nLogged by Ka-ming Tse", EntityKind.NAME))
                .containsExactly("Guiying Qiao", "Ka-ming Tse");
        assertThat(found("产房交班：3床玄英哲（玄姐）宫缩渐强", EntityKind.NAME)).containsExactly("玄英哲", "玄");
    }

    @Test
    void farmsRegimentsExtensionsDottedBirthDatesAndNamesAfterAPersonsRole() {
        for (String address : List.of("石河子市一四三团13连3号", "佳木斯市友谊农场一队19号", "琼中黎族苗族自治县阳江农场十队68号",
                "周口市郸城县汲冢镇米市巷39号")) {
            assertThat(found("请假回家 住" + address + " 村医反映", EntityKind.ADDRESS)).as(address).containsExactly(address);
        }
        assertThat(found("家庭电话：0579-7921554 ext.295  手机", EntityKind.PHONE)).containsExactly("0579-7921554 ext.295");
        assertThat(found("CT报告⏎姓名：郝招娣  影像号：H52711936  检查日期".replace("⏎", "\n"), EntityKind.MEDICAL_RECORD))
                .containsExactly("H52711936");
        assertThat(found("Patient: Shuxian Lian, DOB 11.01.1998, MRN BL22-81670", EntityKind.BIRTH_DATE))
                .containsExactly("11.01.1998");
        // A clinical ending (-oma, -ous) does not stop a name after a role only people fill.
        assertThat(found("Reg to review at 6. Wife Ifeoma Ezeugwu on 19777043925.", EntityKind.NAME))
                .containsExactly("Ifeoma Ezeugwu");
        assertThat(found("Wife Carcinoma Nervous.", EntityKind.NAME)).isEmpty();
    }

    @Test
    void chineseNamesAfterEnglishHonorificsCallLogsSpecialistsAndNicknames() {
        assertThat(found("cath lab activated 18:31, Dr. 虞 on call, wife 皇甫钧", EntityKind.NAME)).containsExactly("虞", "皇甫钧");
        assertThat(found("Result phoned to Iker at 07:43, read back OK.\nCardiologist: Radostina Ilieva", EntityKind.NAME))
                .containsExactly("Iker", "Radostina Ilieva");
        assertThat(found("精神科夜班：芦嘉伟（家里人叫他嘉伟）兴奋话多", EntityKind.NAME)).containsExactly("芦嘉伟", "嘉伟");
        // No honorific, no person: a department, a verb.
        assertThat(found("Dr. on call: see rota. Results phoned to Radiology at 07:43.", EntityKind.NAME)).isEmpty();
    }

    @Test
    void aBossARarerSurnameAfterXiaoAndDepartmentsThatNameTheirPerson() {
        assertThat(found("工友送来 老板乔总说费用他出", EntityKind.NAME)).containsExactly("乔");
        assertThat(found("我是县医院急诊的小蔺啊有个病人。随访护士小濮\n", EntityKind.NAME)).containsExactly("蔺", "濮");
        assertThat(found("何首乌肝损风险已告知 药剂訾锦汐 取药", EntityKind.NAME)).containsExactly("訾锦汐");
        assertThat(found("建议改q24h 已与侯亚珺沟通 采纳。已与家属沟通，已与上级医师沟通。", EntityKind.NAME)).containsExactly("侯亚珺");
        // 总结, 总体 and 小时 are words.
        assertThat(found("王总结了经验，总体平稳，2小时后复查。", EntityKind.NAME)).isEmpty();
    }

    @Test
    void aNameFoundOnceIsMaskedWhereverItRecursAndItsGivenNameAsAWordOfItsOwn() {
        // Found after Patient:, then again where no cue stands; a name inside another word is no recurrence.
        assertThat(found("Patient: Aldous Scarisbrick, 54M. Results read back OK. Lab: Aldous Scarisbrick", EntityKind.NAME))
                .containsExactly("Aldous Scarisbrick", "Aldous Scarisbrick");
        assertThat(found("Patient: Ann Lee. Annual review.", EntityKind.NAME)).containsExactly("Ann Lee");
        assertThat(found("心理科门诊：郝招娣（招娣）失眠焦虑。家属：农建勋，建勋、招娣", EntityKind.NAME))
                .containsExactly("郝招娣", "招娣", "农建勋", "建勋", "招娣");
        // A given name inside a longer word is not the person (建勋章 is no form of 农建勋).
        assertThat(found("家属：农建勋。建勋章", EntityKind.NAME)).containsExactly("农建勋");
    }

    @Test
    void surnamesOfTheHundredFamiliesThatWereMissing() {
        assertThat(found("检查人雒海涛\n治疗师谯文炳 康复医师傅建国\n家属：洪秀英，女，50岁。随访医生庾文漪", EntityKind.NAME))
                .containsExactly("雒海涛", "谯文炳", "傅建国", "洪秀英", "庾文漪");
        // The common ones that are also words stay words where no cue asks for a person.
        assertThat(found("言语不清，习惯性便秘，右膝滑膜炎，颅内占位，暴露部位皮疹，言语流利。", EntityKind.NAME)).isEmpty();
    }

    @Test
    void formsOfBlindFifteenExportsOcrAndCallBacks() {
        // A comma export with lower-case keys, a date that holds a comma.
        String csv = "name,dob,phone,mrn\nIoana Dumitrescu,Oct 20, 1958,162 46141297,ZY59287931\n";
        assertThat(found(csv, EntityKind.BIRTH_DATE)).containsExactly("Oct 20, 1958");
        assertThat(found(csv, EntityKind.MEDICAL_RECORD)).containsExactly("ZY59287931");
        assertThat(found("<BirthDate>二〇〇三年十二月四日</BirthDate>", EntityKind.BIRTH_DATE)).containsExactly("二〇〇三年十二月四日");
        assertThat(found("带上医保卡YB572-781099845。长护险编号AD5536653 评估员", EntityKind.INSURANCE))
                .containsExactly("YB572-781099845", "AD5536653");
        assertThat(found("电话 05397542016转398。Please call me on 04762800840. contact Yatziri Arredondo (04757722024)",
                EntityKind.PHONE)).containsExactly("05397542016转398", "04762800840", "04757722024");
        assertThat(found("近14天去过虹口区四平路391弄11号604室，搬到湘西土家族苗族自治州凤凰县沱江镇回龙阁199号居住，"
                + "快递至福建省宁德市霞浦县三沙镇古镇村44号", EntityKind.ADDRESS)).containsExactly("虹口区四平路391弄11号604室",
                "湘西土家族苗族自治州凤凰县沱江镇回龙阁199号", "福建省宁德市霞浦县三沙镇古镇村44号");
        assertThat(found("[OCR] 姓 名：滑 安琪  性 别：女\n患者杨 秀禾\n姓名 太史 亮    性别 男", EntityKind.NAME))
                .containsExactly("滑 安琪", "杨 秀禾", "太史 亮");
        // A date after "call on" is none, nor a hospital in a district, nor a word spaced after 患者.
        assertThat(DEID.find("Follow-up call on 20230623: left a voicemail. 患者于浦东新区人民医院就诊。患者自 述头痛")).isEmpty();
    }

    @Test
    void hongKongAndTaiwanCardsPhonesAddressesAndDates() {
        String text = "身分證Y195594282，行動電話+886 972 591 585，0940-673-590\n身份證號碼：A8218393 证件号：XD316080(2)\n"
                + "境外电话：+852 5877 7979 (852) 29861201\n出生日期：民國28年8月8日 出生：028/04/06 DOB: 05 MAR 1976   Hosp No: JZK18013532\n"
                + "香港地址香港九龍深水埗長沙灣道449號31樓H室，地址：香港新界沙田瀝源邨貴和樓30樓3022室";
        assertThat(found(text, EntityKind.ID_NUMBER)).containsExactly("Y195594282", "A8218393", "XD316080(2)");
        assertThat(found(text, EntityKind.PHONE)).containsExactly("+886 972 591 585", "0940-673-590", "+852 5877 7979",
                "(852) 29861201");
        assertThat(found(text, EntityKind.BIRTH_DATE)).containsExactly("民國28年8月8日", "028/04/06", "05 MAR 1976");
        assertThat(found(text, EntityKind.MEDICAL_RECORD)).containsExactly("JZK18013532");
        assertThat(found(text, EntityKind.ADDRESS)).containsExactly("香港九龍深水埗長沙灣道449號31樓H室", "香港新界沙田瀝源邨貴和樓30樓3022室");
        // A record number that passes a card's check by chance stays a record number; one digit off fails the check.
        assertThat(found("住院号：BA9688819 透析号BA0843730 MRN: P8413898", EntityKind.MEDICAL_RECORD))
                .containsExactly("BA9688819", "BA0843730", "P8413898");
        assertThat(found("身分證Y195594283 身份證號碼：A8218394", EntityKind.ID_NUMBER)).isEmpty();
    }

    @Test
    void wristbandsMarkdownAndCallBackForms() {
        assertThat(found("腕带二维码：PID=0021681274|NAME=粘茜|DOB=1935年3月26日|SEX=男|BED=12", EntityKind.BIRTH_DATE))
                .containsExactly("1935年3月26日");
        assertThat(found("- **住院号**：`HN10161009`\n| 病案号 | BA-738700 |\nHis hospital number is HN88341089.",
                EntityKind.MEDICAL_RECORD)).containsExactly("HN10161009", "BA-738700", "HN88341089");
        assertThat(found("承办民警联系电话：0754 60573992#7291", EntityKind.PHONE)).containsExactly("0754 60573992#7291");
    }

    @Test
    void wordsAfterLabelsThatOnlyTheDictionaryTakesForSurnamesAreNoNames() {
        // 病, 脑 and 胸 are surnames only in HanLP's name dictionary; 病名 names a disease; 岭东医 runs into a university.
        assertThat(found("发件人：病案室 <bags@example.cn>\n病名：脑梗死\n患者：胸口闷，喘不过气。\n收款人：岭东医科大学附属第一医院\n"
                + "后在何贤纪念医院随诊", EntityKind.NAME)).isEmpty();
        // …while a rare surname the dictionary knows still makes a name there, and a person's name label still works.
        assertThat(found("受检者：贲永红\n曾用名：谷满仓", EntityKind.NAME)).containsExactly("贲永红", "谷满仓");
    }

    @Test
    void yunnanSurnamesFormsOfAddressSignOffsAndWhoDidIt() {
        assertThat(found("患者杞德昌，男，45岁。随访医生卯国忠，家属矣建勋、者锦程", EntityKind.NAME))
                .containsExactly("杞德昌", "卯国忠", "矣建勋", "者锦程");
        assertThat(found("敬总（敬晓川）说费用他出。门诊输液室：杨嬢嬢今天第三天输液，金sir查房时已安排翻译", EntityKind.NAME))
                .containsExactly("敬", "敬晓川", "杨", "金");
        assertThat(found("打了升白针。——芃芃\n记得来拿 —暴海泉\n民警龙再学接收；督导和平。", EntityKind.NAME))
                .containsExactly("芃芃", "暴海泉", "龙再学", "和平");
        assertThat(found("taken by Malia on ward 7; lab tech Tadeo phoned; Screener Rumbidzai. MMR given by nurse Rhodri",
                EntityKind.NAME)).containsExactly("Malia", "Tadeo", "Rumbidzai", "Rhodri");
        // A word after the dash, a word that opens with 保, 者 inside 患者, and 总结 are none.
        assertThat(found("——摘自\n——完\n保洁员已清扫，母子保健手册已发。患者诉头痛。王总结了经验。", EntityKind.NAME)).isEmpty();
    }

    @Test
    void passportPinyinNicknamesAcupointsAndRelations() {
        assertThat(found("Pneumoconiosis review: BAI XUELI, retired. Patient Yinghui JI, M. 护照信息：Bai, Xueli，出生",
                EntityKind.NAME)).containsExactly("BAI XUELI", "Yinghui JI", "Bai, Xueli");
        // Capitals that are no name: no surname, or a given "name" of one syllable.
        assertThat(found("CT SCAN done. MA ICU bed. Dear LI, thanks.", EntityKind.NAME)).isEmpty();
        assertThat(found("患儿盖春雷（小名二嘎），5岁。病房里大家都喊她贤淑，今天拆线。屯里人都叫他二愣子，大名修立群", EntityKind.NAME))
                .containsExactly("盖春雷", "二嘎", "贤淑", "二愣子", "修立群");
        assertThat(found("大家都叫他回来。建议艾灸足三里、关元，针刺阳白。与患者关系父亲", EntityKind.NAME)).isEmpty();
    }

    @Test
    void lunarBirthdaysAndSideDoorNumbers() {
        assertThat(found("家属说普绍荣是农历丁巳年十月三十生人。老人说自己是阴历1998年七月初六生的。", EntityKind.BIRTH_DATE))
                .containsExactly("农历丁巳年十月三十", "阴历1998年七月初六");
        // A lunar date that is no birthday (a festival, a follow-up) stays.
        assertThat(found("农历正月十五复诊，阴历八月十五团聚。", EntityKind.BIRTH_DATE)).isEmpty();
        assertThat(found("住址贵州省贵阳市观山湖区林城西路103号附13号。", EntityKind.ADDRESS))
                .containsExactly("贵州省贵阳市观山湖区林城西路103号附13号");
    }

    @Test
    void englishFirstNamesWithChineseSurnamesAndSlashLists() {
        assertThat(found("工作群\nWinnie 帅：@覃淼 今天\n屠Gavin：收到\n记录 竺Jasper。", EntityKind.NAME))
                .containsExactly("Winnie 帅", "覃淼", "屠Gavin", "竺Jasper");
        // The next names of a list after a name, split by slashes as by 、.
        assertThat(found("值班护士：程金水/疏建中/邬阿根。", EntityKind.NAME)).containsExactly("程金水", "疏建中", "邬阿根");
        // A word or an abbreviation beside a surname character is none.
        assertThat(found("Lab王 Take 王 Hb 李", EntityKind.NAME)).isEmpty();
    }

    @Test
    void unitHeadsOtherNamesInitialsAndEnglishRoles() {
        assertThat(found("车间组长揭九斤，经办熊皖平，店长田跃进；病人全名卞福根，中文名喻新民。护理部通报表扬易昶，批评屠锦瑜。"
                + "幼儿园老师涂欣悦通知家长；随访护士向思妤致电家属", EntityKind.NAME))
                .containsExactly("揭九斤", "熊皖平", "田跃进", "卞福根", "喻新民", "易昶", "屠锦瑜", "涂欣悦", "向思妤");
        // The same words going on with what was done, and 院长 inside 养老院|长者, are no names.
        assertThat(found("组长检查后审核通过，收到表扬信。养老院长者入住登记。", EntityKind.NAME)).isEmpty();
        assertThat(found("Lab report: patient A.G. Wu; insured M.T. Chu. GP Bazzi. Coordinator Clotilde. Canteen informed by "
                + "Abdelilah. HR contact Tesfaye, 0556-7474257. hi, my mum 易烨磊 was discharged", EntityKind.NAME))
                .containsExactly("A.G. Wu", "M.T. Chu", "Bazzi", "Clotilde", "Abdelilah", "Tesfaye", "易烨磊");
        // Initials before no pinyin surname, and a Chinese word after a role that opens with none, are no names.
        assertThat(found("P.O. Box 12, U.S. Army. Supervisor 主管 signed.", EntityKind.NAME)).isEmpty();
    }

    @Test
    void namesOpeningRowsBeforeTheirNumbersAfterDepartmentsAndInAddress() {
        assertThat(found("爽约登记\n漆国富 137-5027-0021 未到 普外科\n应伯钧 孕30周 14914419216\n熊猫 421087197009222580\n"
                + "No-show list: Abdelilah Lahlou 18552454054; J.H. Ran 14684284467.\n"
                + "Occupational check: Htet Naing, forklift driver, ID 422823199007233288", EntityKind.NAME))
                .containsExactly("漆国富", "应伯钧", "熊猫", "Abdelilah Lahlou", "J.H. Ran", "Htet Naing");
        // A row opened by a place, a field or a surname with a title: no name, or only the surname.
        assertThat(found("宁夏 0951-5012345\n单位 0579-88776655\n王医生 13812345678\nCall Centre 13812345678", EntityKind.NAME))
                .containsExactly("王");
        // Rows headed by a day or a number (周二 哈占鳌 …), not a field or a disease there.
        assertThat(found("周二 哈占鳌 (+86)18090364147\n3 同文革 16015923856\n周三 随访 13812345678\n1 高血压 13812345678",
                EntityKind.NAME)).containsExactly("哈占鳌", "同文革");
        assertThat(found("今日值班：内二科詹益民 外科游苒\n急诊科揭九斤呼叫骨科会诊", EntityKind.NAME))
                .containsExactly("詹益民", "游苒", "揭九斤");
        assertThat(found("骨科门诊。内科查房，神经内科查房。牙科管理，外科换药。", EntityKind.NAME)).isEmpty();
        // A rarer surname opening a clause with a form of address, and a given name before 妹子 when the record names her.
        assertThat(found("易娭毑一个人住；卞嫂炒青时烫伤。梓涵妹子，报告出来了（患者晏梓涵）", EntityKind.NAME))
                .containsExactly("易", "卞", "梓涵", "晏梓涵");
    }

    @Test
    void northWesternSurnamesMinorityNamesPassportsAndRegisters() {
        assertThat(found("患者妥海燕，陪同虎生贵、锁琴、贠思瑶；家属剡彦平，随访医生巨子墨，联系人问书瑶、年锦程", EntityKind.NAME))
                .containsExactly("妥海燕", "虎生贵", "锁琴", "贠思瑶", "剡彦平", "巨子墨", "问书瑶", "年锦程");
        // The same characters as words and tests: the Rose Bengal plate test, a herd's contacts, 年令 for 年龄, a title.
        assertThat(found("虎红平板凝集试验阳性；同群接触者已筛查；性别:女  年令:57。韩江同志，89岁。反复问护士何时出院。"
                + "寄件人：同仁医院病案室。我吃了左氧氟沙星三天。患者来信：", EntityKind.NAME)).containsExactly("韩江");
        assertThat(found("藏族牧民公保扎西；拉毛措、更登加、乌日根达赖、巴音孟和、帕热旦努尔买买提", EntityKind.NAME))
                .containsExactly("公保扎西", "拉毛措", "更登加", "乌日根达赖", "巴音孟和", "帕热旦努尔买买提");
        assertThat(found("MRZ: P<CHNSUO<<FUDE<<<<<<<< insured DOU, CUNLAO; 【药房群】DOU Rocco：收到; Doctor on call Dashdorj. "
                + "records kept by Bakhtiyor. Cashier Firdavs.", EntityKind.NAME))
                .containsExactly("SUO<<FUDE", "DOU, CUNLAO", "DOU Rocco", "Dashdorj", "Bakhtiyor", "Firdavs");
        // A pinyin surname before an English word that is a place or a job is no name.
        assertThat(found("HE Ward. MA Clinic. Clinical Research Coordinator, Tel", EntityKind.NAME)).isEmpty();
        assertThat(found("住院号0089814/22，出生日期：1958.09；产妇吉先加，2017-01-23分娩一男婴。dob=14 OCT 1985&mrn=QL1684",
                EntityKind.BIRTH_DATE)).containsExactly("1958.09", "2017-01-23", "14 OCT 1985");
        assertThat(found("住院号0089814/22", EntityKind.MEDICAL_RECORD)).containsExactly("0089814/22");
        assertThat(found("医保NX64-0047283314，在外地住院; insured X, policy GS62073196601912, bank", EntityKind.INSURANCE))
                .containsExactly("NX64-0047283314", "GS62073196601912");
        assertThat(found("住址临夏回族自治州临夏县韩集镇团结路24号院，电话", EntityKind.ADDRESS))
                .containsExactly("临夏回族自治州临夏县韩集镇团结路24号院");
    }

    @Test
    void rareCharactersAfterACueAreSurnames() {
        // Characters HanLP hardly ever sees as words (弭, 郅, 撖) open a name after a cue or label, listed or not.
        assertThat(found("医生签名 弭秀华\n申请人郅爱民，手机13018635315\n母亲撖子墨电话139；家属税建国、旷野平", EntityKind.NAME))
                .containsExactly("弭秀华", "郅爱民", "撖子墨", "税建国", "旷野平");
        // Ordinary characters after a cue stay words (弟弟体健, 患者：腹痛), and a line break is no surname.
        assertThat(found("弟弟体健。患者：腹痛三天。孕产妇\n家庭医生团队", EntityKind.NAME)).isEmpty();
    }

    @Test
    void phonesFromAbroadChineseExportKeysAndPolicies() {
        assertThat(found("电话 +86-21-23677624；家属 +86-510-20036546", EntityKind.PHONE))
                .containsExactly("+86-21-23677624", "+86-510-20036546");
        assertThat(found("患者=徐伯钧&手机=17709242006&出生=19360222&套餐=PKG-B2 {\"出生\":\"19500420\",\"出生地\":\"19500420\"}",
                EntityKind.BIRTH_DATE)).containsExactly("19360222", "19500420");
        assertThat(found("保单号：AH34-1460777332；保单 AH34-4758079344。保单已生效，保单状态正常", EntityKind.INSURANCE))
                .containsExactly("AH34-1460777332", "AH34-4758079344");
    }

    @Test
    void surnamesThatAreWordsOpenFullNamesAfterACue() {
        // 先, 代, 零, 化 and 黑 are surnames too: after a cue a name of two likely given characters, closed.
        assertThat(found("患者代永川（生日不详）；女儿零桂兰陪同。巡诊医生先卫星，证明人化美丽\n缝合医生黑一鸣", EntityKind.NAME))
                .containsExactly("代永川", "零桂兰", "先卫星", "化美丽", "黑一鸣");
        // …and words after a cue stay words: an adverb and a verb, a test, a symptom.
        assertThat(found("家属先回家。患者先予吸氧。家属代取药，家属代签字。家属化验单已取，患者黑便三天。", EntityKind.NAME)).isEmpty();
    }

    @Test
    void latinNamesAfterChineseCuesAndEnglishRoles() {
        assertThat(found("请护士Edwige给她父亲Abdelrahim Elnour留个床；经办Ji-hoon；目击者Vitaly Ovsyannikov；", EntityKind.NAME))
                .containsExactly("Edwige", "Abdelrahim Elnour", "Ji-hoon", "Vitaly Ovsyannikov");
        assertThat(found("supervisor=Mwansa; attending Agyemang; guard Nkechi; handed in by Arkady; this is Stanislav",
                EntityKind.NAME)).containsExactly("Mwansa", "Agyemang", "Nkechi", "Arkady", "Stanislav");
        // Clinical words after a cue or a role stay: a drug, an eponym, the title itself.
        assertThat(found("患者Parkinson病史，医生Amoxicillin过敏史。Signed: Attending Physician; this is Monday", EntityKind.NAME))
                .isEmpty();
    }

    @Test
    void fujianCoastNumbersAddressesAndRosters() {
        assertThat(found("卫星电话：+62 819-9806-2339；agent +60 18-062 1031; Contact +65 8987 3401. 剂量+5 mg", EntityKind.PHONE))
                .containsExactly("+62 819-9806-2339", "+60 18-062 1031", "+65 8987 3401");
        assertThat(found("住厦门市集美区银江路208号之3，地址Blk 393 Bedok North Ave 2 #15-306 Singapore 468008\n"
                + "lives at 1234 Ongpin Street, Binondo, Manila. Her cousin", EntityKind.ADDRESS))
                .containsExactly("厦门市集美区银江路208号之3", "Blk 393 Bedok North Ave 2 #15-306 Singapore 468008",
                        "1234 Ongpin Street, Binondo, Manila");
        assertThat(found("MRNs LA-ZY20057399, YG18-7127. {\"健康档案号\":\"2526877\"} 体检号No.98443075，2014年7月19日生",
                EntityKind.MEDICAL_RECORD)).containsExactly("LA-ZY20057399", "YG18-7127", "2526877", "No.98443075");
        assertThat(found("船名=闽鲤渔05871;互保单号=YHBX2019-938845", EntityKind.INSURANCE)).containsExactly("YHBX2019-938845");
        // A roster's row puts the birth date between the name and the phone; a log's row puts a time after its date.
        assertThat(found("签约居民名册\n叶舟 1978-07-03 17027883324\n欧素贞 四四年七月十九 +86 17546707646\n"
                + "护理记录 2026.02.12 02:28 患者\n阮囝发烧 伊是2024.5.21出世的；刘金土，八三年六月十四生", EntityKind.BIRTH_DATE))
                .containsExactly("1978-07-03", "四四年七月十九", "2024.5.21", "八三年六月十四");
    }

    @Test
    void namesInCapitalsAtSeaAndInMinnanSpeech() {
        assertThat(found("公司联系人HSIEH YI-TING，电话；儿子QUEK HONG SENG委托；crew TAY KIM SENG, DOB；captain Yusof; "
                + "ship agent Colm for; Regards, Dr CAI/WENDAN\n{\"patient\":\"LIN SHU-FEN\"}", EntityKind.NAME))
                .containsExactly("HSIEH YI-TING", "QUEK HONG SENG", "TAY KIM SENG", "Yusof", "Colm", "CAI/WENDAN", "LIN SHU-FEN");
        assertThat(found("张简明仁：明早来复测。陈船长带五名船员来体检；宿舍长许天赐；家属凃水木、鄞文卿", EntityKind.NAME))
                .containsExactly("张简明仁", "陈", "许天赐", "凃水木", "鄞文卿");
        // Minnan pronouns, the former family doctor, a role noun, capitals that are acronyms, foods and a net.
        assertThat(found("阮阿母对马来西亚转来 伊今仔日头壳眩 汝共伊开药好无 汝好 阮厝佇后厝。原签约医生；查验人护士长；"
                + "患者CT MRI检查；家属ICU WARD；少食丁香鱼、余甘，忌吴郭鱼干；张网作业", EntityKind.NAME)).isEmpty();
    }

    @Test
    void spacedFormNamesMinnanKinAndRomanisedNamesAbroad() {
        assertThat(found("申请人 陈 炳灿 银行卡号；持证人 张　阿　土 出生日期；伤员 陈\n子墨 船长；阮阿爸林水土血压152", EntityKind.NAME))
                .containsExactly("陈 炳灿", "张　阿　土", "陈\n子墨", "林水土");
        assertThat(found("紧急联系人NG GEOK ENG +62 815；儿子Yeo Chin Huat委托同乡。Taiwan compatriot visit: LIN, SHU-FEN, DOB",
                EntityKind.NAME)).containsExactly("NG GEOK ENG", "Yeo Chin Huat", "LIN, SHU-FEN");
        // Spread-out words after a label and capitalised diseases after "of" stay.
        assertThat(found("家属 已 签字。患者 诉 头 痛。history of COPD, ASTHMA and", EntityKind.NAME)).isEmpty();
    }

    @Test
    void jiaodongTablesEraDatesHl7InsuranceAndSpokenPhones() {
        String csv = "patient_id,name_kanji,name_romaji,birth\nAY23133295,小林拓海,Suzuki Yumi,平成12年6月19日\n"
                + "HD-6127,井上千夏,KOBAYASHI TAKUMI,S54.8.15";
        assertThat(found(csv, EntityKind.MEDICAL_RECORD)).containsExactly("AY23133295", "HD-6127");
        assertThat(found(csv, EntityKind.BIRTH_DATE)).containsExactly("平成12年6月19日", "S54.8.15");
        assertThat(found("氏名 松本亮太 生年月日 昭和57年10月16日 在华住址", EntityKind.BIRTH_DATE)).containsExactly("昭和57年10月16日");
        assertThat(found("IN1|1|AHYB|AHYB3419149722\nIN1|1|PICC|PICC\n{\"injuryInsNo\":\"CHX3786453622\"}", EntityKind.INSURANCE))
                .containsExactly("AHYB3419149722", "CHX3786453622");
        assertThat(found("俺电话幺四四，幺八三九，九三二三；血压一百八，九十", EntityKind.PHONE)).containsExactly("幺四四，幺八三九，九三二三");
    }

    @Test
    void japaneseAndKoreanNamesAndWhatIsNoName() {
        assertThat(found("翻译：渡边さん今天发烧；俺是山本部长的司机；体检：小林拓海，昭和27年7月16日生；清水智子之女；"
                + "韩文名정다현，정다현 님, 다음 진료 예약은 2022.12.03입니다. 문의 0433-2021400", EntityKind.NAME))
                .containsExactly("渡边", "山本", "小林拓海", "清水智子", "정다현", "정다현");
        // Chinese words that open with a Japanese surname, a country's adjective, a company, a boat, a ship, a kin word.
        assertThat(found("清水洗净，中村小学。主题：韩籍员工；韩方经理到场。鳌海世宇电子有限公司；渔船鲁鳌渔60123；"
                + "from M/V Blue Bay Pioneer is stable", EntityKind.NAME)).isEmpty();
        assertThat(found("患者韩国红，女，58岁", EntityKind.NAME)).containsExactly("韩国红");
    }
}
