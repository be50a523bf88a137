package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Xinjiang brings: Uyghur names in the Arabic script and with the dot written as a full stop or a blank, Kyrgyz
 * and Kazakh names with "son" or "daughter", regiment, village-number and pasture addresses, Uyghur and Kazakh birth
 * dates and keys, Kazakh and Kyrgyz phones, heads before a surname, migrants called by their province, and what is
 * none: the Uyghur word for a boy, a company's chat group, the Kazakh side, a medical college.
 */
class XinjiangFormsTest {
    @Test
    void uyghurNamesInArabicScriptAndWithLooseDots() {
        assertThat(found("病历号,维文姓名,中文姓名\nMZ0001,ئابلىز مۇسا,阿布力孜·木沙\n", EntityKind.NAME))
                .containsExactly("ئابلىز مۇسا", "阿布力孜·木沙");
        assertThat(found("بىمار: تۇرسۇنگۈل ئەخمەت\nتېلېفون: 13899912345", EntityKind.NAME)).containsExactly("تۇرسۇنگۈل ئەخمەت");
        // A Uyghur sentence is no name.
        assertThat(found("【دوختۇرخانا】تەكشۈرۈش نەتىجىڭىز چىقتى، ئەتە كېلىڭ.", EntityKind.NAME)).isEmpty();
        assertThat(found("儿子买买提江．吐尔逊陪同；我是阿不都热西提 艾合买提的女儿", EntityKind.NAME))
                .containsExactly("买买提江．吐尔逊", "阿不都热西提 艾合买提");
        assertThat(found("诊断：高血压.糖尿病.冠心病", EntityKind.NAME)).isEmpty();
        // A first part that holds a predicate's character (代) and a last one that opens with a compound surname (司马).
        assertThat(found("我是古丽代提．阿不都拉 我阿达要手术；我是艾合买提.司马义的儿子", EntityKind.NAME))
                .containsExactly("古丽代提．阿不都拉", "艾合买提.司马义");
        assertThat(found("受检者 吐 尔 逊 · 艾 力\n监护人", EntityKind.NAME)).containsExactly("吐 尔 逊 · 艾 力");
        assertThat(found("慢病随访：帕提古丽·沙吾提，血压稳定。\n护士：帕提古丽阿恰，明天来复查", EntityKind.NAME))
                .containsExactly("帕提古丽·沙吾提", "帕提古丽");
    }

    @Test
    void kyrgyzAndKazakhNamesWithSonOrDaughter() {
        assertThat(found("His cousin Talgat Abdyrakhman uulu can be reached later.", EntityKind.NAME))
                .containsExactly("Talgat Abdyrakhman uulu");
        assertThat(found("Patient: ERLAN SERIKULY, DOB 04.03.1966", EntityKind.NAME)).contains("ERLAN SERIKULY");
        assertThat(found("Аты-жөні: Гүлнар Бекқызы\nДәрігер: 王建疆", EntityKind.NAME)).contains("Гүлнар Бекқызы");
        assertThat(found("{\"哈文姓名\":\"Нурбек Асан уулу\"}", EntityKind.NAME)).containsExactly("Нурбек Асан уулу");
        // Survey roles, a sign-off and a name before its birth date, as English reports write them.
        assertThat(found("Household head: Rozi Tohti\nSurveyor: Anouk Verbeek\nBest, Ilse\n", EntityKind.NAME))
                .containsExactly("Rozi Tohti", "Anouk Verbeek", "Ilse");
        assertThat(found("Hello,\nGULNAZ ABDULLA (DOB 02.11.1950) is on treatment.", EntityKind.NAME))
                .containsExactly("GULNAZ ABDULLA");
    }

    @Test
    void regimentVillageNumberAndPastureAddresses() {
        assertThat(found("驻地：第七师一二八团6连住宅区3栋12号\n", EntityKind.ADDRESS))
                .containsExactly("第七师一二八团6连住宅区3栋12号");
        assertThat(found("住址：和田地区墨玉县奎雅乡4村2组15号。", EntityKind.ADDRESS)).containsExactly("和田地区墨玉县奎雅乡4村2组15号");
        assertThat(found("冬牧场：博尔塔拉蒙古自治州温泉县查干屯格乡牧业三队\n", EntityKind.ADDRESS))
                .containsExactly("博尔塔拉蒙古自治州温泉县查干屯格乡牧业三队");
        assertThat(found("Address: Group 3, Village 8, Yantaq Township, Shache County\n", EntityKind.ADDRESS))
                .containsExactly("Group 3, Village 8, Yantaq Township, Shache County");
        assertThat(found("ئادرېسى: قاغىلىق ناھىيەسى بوستان يېزىسى 3-كەنت\n", EntityKind.ADDRESS))
                .containsExactly("قاغىلىق ناھىيەسى بوستان يېزىسى 3-كەنت");
        // A label before a city (名称|周口市), and a temporary stay before one, hide no address.
        assertThat(found("乡镇（街道）名称周口市川汇区，建档人", EntityKind.ADDRESS)).isEmpty();
        assertThat(found("暂住昌吉市延安北路12号，电子厂", EntityKind.ADDRESS)).containsExactly("昌吉市延安北路12号");
    }

    @Test
    void birthDatesPhonesAndNumbers() {
        assertThat(found("Туған күні: 11.09.1958\nتۇغۇلغان ۋاقتى: 1972-يىلى 5-ئاينىڭ 3-كۈنى", EntityKind.BIRTH_DATE))
                .containsExactly("11.09.1958", "1972-يىلى 5-ئاينىڭ 3-كۈنى");
        assertThat(found("出生 日期 1967-02-14\n我的出生日期应该是一九五九年三月八日", EntityKind.BIRTH_DATE))
                .containsExactly("1967-02-14", "一九五九年三月八日");
        assertThat(found("phone +7 (702) 315-44-90; Kyrgyz 0555 301 772. Home 8 701 552 3318", EntityKind.PHONE))
                .containsExactly("+7 (702) 315-44-90", "0555 301 772", "8 701 552 3318");
        assertThat(found("工伤保险XJGS8812345670；دېلو نومۇرى ZY20311877.", EntityKind.INSURANCE)).containsExactly("XJGS8812345670");
        assertThat(found("دېلو نومۇرى ZY20311877.", EntityKind.MEDICAL_RECORD)).containsExactly("ZY20311877");
    }

    @Test
    void headsMigrantsAndWhatIsNone() {
        assertThat(found("值班护士韩冬梅，护士长韩查房；连长孙：明天体检", EntityKind.NAME)).containsExactly("韩冬梅", "韩", "孙");
        assertThat(found("带队：小湖北\n老陕西也说头疼", EntityKind.NAME)).containsExactly("小湖北", "老陕西");
        assertThat(found("[微信群 一二八团6连群]\n我家巴郎子发烧三天了", EntityKind.NAME)).isEmpty();
        assertThat(found("哈方电话+7 (702) 315-44-90；我是卫生院的", EntityKind.NAME)).isEmpty();
        assertThat(found("中不中派个车来", EntityKind.NAME)).isEmpty();
    }
}
