package com.yilian.agents.baseline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How patients say the common findings (Chinese and English), beside the knowledge base's clinical terms. Phrases
 * listed here win over a term piece that is spelt the same.
 */
final class Synonyms {

    private Synonyms() { }

    static Map<String, String> table() {
        Map<String, String> m = new LinkedHashMap<>();
        add(m, "E_91", "发烧", "发热", "高烧", "低烧", "烧到", "fever", "feverish", "temperature");
        add(m, "E_201", "咳嗽", "咳", "干咳", "cough", "coughing");
        add(m, "E_77", "咳痰", "有痰", "黄痰", "脓痰", "浓痰", "痰多", "phlegm", "sputum");
        add(m, "E_45", "咯血", "咳血", "痰中带血", "coughing up blood");
        add(m, "E_66", "呼吸困难", "喘不上气", "上不来气", "喘不过气", "气短", "气促", "气喘", "憋气", "胸闷气短", "喘",
                "shortness of breath", "short of breath", "breathless", "difficulty breathing", "trouble breathing");
        add(m, "E_53", "胸痛", "胸口痛", "胸口疼", "胸疼", "头痛", "头疼", "肚子疼", "肚子痛", "腹痛", "胃疼", "胃痛",
                "腰疼", "腰痛", "背痛", "背疼", "关节痛", "耳朵疼", "牙疼", "疼痛", "疼", "痛",
                "chest pain", "headache", "stomach ache", "abdominal pain", "pain", "hurts", "ache");
        add(m, "E_97", "嗓子疼", "嗓子痛", "喉咙痛", "喉咙疼", "咽喉痛", "sore throat");
        add(m, "E_181", "流鼻涕", "流清涕", "鼻塞", "鼻子堵", "鼻子不通气", "runny nose", "stuffy nose", "blocked nose");
        add(m, "E_182", "黄鼻涕", "脓鼻涕", "绿鼻涕");
        add(m, "E_50", "出汗多", "多汗", "冒汗", "出汗", "sweating", "sweaty");
        add(m, "E_89", "疲劳", "很累", "乏力", "tired", "fatigue", "exhausted");
        add(m, "E_144", "肌肉酸痛", "浑身酸痛", "全身酸痛", "浑身疼", "muscle pain", "muscle aches", "body aches");
        add(m, "E_148", "恶心", "想吐", "nausea", "nauseous");
        add(m, "E_211", "呕吐", "吐了", "vomiting", "vomited", "throwing up");
        add(m, "E_51", "拉肚子", "腹泻", "diarrhea", "diarrhoea");
        add(m, "E_155", "心慌", "心悸", "心跳快", "心跳很快", "palpitations", "heart racing");
        add(m, "E_82", "头晕", "头昏", "眼前发黑", "dizzy", "dizziness", "lightheaded");
        add(m, "E_159", "晕倒", "昏倒", "晕过去", "昏过去", "失去意识", "不省人事", "fainted", "passed out",
                "lost consciousness");
        add(m, "E_94", "寒战", "发冷", "打冷战", "打寒战", "chills", "shivering");
        add(m, "E_129", "皮疹", "起疹子", "疹子", "红疹", "出疹", "rash");
        add(m, "E_34", "肿瘤", "癌症", "cancer");
        add(m, "E_93", "脚麻", "脚发麻", "脚底发麻");
        add(m, "E_177", "发麻", "麻木", "numbness", "tingling");
        add(m, "E_151", "水肿", "浮肿", "肿胀", "肿了", "肿", "swelling", "swollen");
        add(m, "E_214", "喘鸣", "哮鸣", "呼气时有哨音", "wheezing", "wheeze");
        add(m, "E_194", "吸气时有哨音", "吸气时喘鸣", "stridor");
        add(m, "E_173", "反酸", "烧心", "heartburn");
        add(m, "E_161", "没胃口", "食欲不好", "不想吃饭", "loss of appetite");
        add(m, "E_162", "体重下降", "瘦了", "weight loss");
        add(m, "E_103", "闻不到", "没有嗅觉", "loss of smell");
        add(m, "E_212", "声音嘶哑", "嗓子哑", "hoarse", "hoarseness");
        add(m, "E_65", "吞咽困难", "咽不下", "difficulty swallowing");
        add(m, "E_210", "吐血", "呕血", "vomiting blood");
        add(m, "E_140", "黑便", "大便发黑", "black stools");
        add(m, "E_39", "意识模糊", "糊涂", "confused", "confusion");
        add(m, "E_14", "休息时也胸痛", "静息时胸痛", "躺着也胸痛", "chest pain at rest");
        add(m, "E_220", "吸气时疼", "深呼吸时痛", "深呼吸疼", "pain when breathing in");
        add(m, "E_104", "高血压", "血压高", "high blood pressure", "hypertension");
        add(m, "E_69", "糖尿病", "血糖高", "diabetes");
        add(m, "E_79", "抽烟", "吸烟", "smoke", "smoker", "smoking");
        add(m, "E_124", "哮喘", "asthma");
        add(m, "E_123", "慢阻肺", "慢性阻塞性肺病", "copd");
        add(m, "E_106", "心衰", "心力衰竭", "heart failure");
        add(m, "E_16", "焦虑", "anxious", "anxiety");
        add(m, "E_167", "怀孕", "pregnant");
        return m;
    }

    private static void add(Map<String, String> m, String code, String... phrases) {
        for (String p : phrases) m.putIfAbsent(p.toLowerCase(java.util.Locale.ROOT), code);
    }
}
