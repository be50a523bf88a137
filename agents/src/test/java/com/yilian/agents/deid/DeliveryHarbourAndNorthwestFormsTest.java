package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an internet hospital's deliveries, an island harbour and the north-west's villages bring: addresses with blanks
 * between their levels and a parcel point after them, a corrected birth date, NHS-style insurance numbers, labelled
 * foreign accounts and identity numbers, satellite phones, a foreigner called by one part of the full name, Wu and
 * north-western pet names, religious names, a married woman's 氏 name; and what is none: an order number that passes
 * the Luhn check, a mobile under an account key, a Wu pronoun, an eponym.
 */
class DeliveryHarbourAndNorthwestFormsTest {
    @Test
    void addressesWithBlanksAndParcelPoints() {
        assertThat(found("药能不能寄到义乌市 稠州北路592号江滨绿园2幢2单元2302室\naddr=天山区 解放南路44号和平小区19栋1单元2801室 carrier",
                EntityKind.ADDRESS)).containsExactly("义乌市 稠州北路592号江滨绿园2幢2单元2302室", "天山区 解放南路44号和平小区19栋1单元2801室");
        assertThat(found("柜点浙江省杭州市建德市大同镇梓源村村委会，已超时；她住西湖区西溪诚园 药还没到", EntityKind.ADDRESS))
                .containsExactly("浙江省杭州市建德市大同镇梓源村村委会", "西湖区西溪诚园");
        assertThat(found("住梅园3幢502，咳嗽；现住：国际学生公寓2号楼1106；沈阳市和平区集贤街道3委12组；住本溪市本溪满族自治县小市镇小市村",
                EntityKind.ADDRESS)).containsExactly("梅园3幢502", "国际学生公寓2号楼1106", "沈阳市和平区集贤街道3委12组",
                "本溪市本溪满族自治县小市镇小市村");
        assertThat(found("Home: No. 14, Group 7, Nanguan Village, Weizhou Town, Tongxin County\n", EntityKind.ADDRESS))
                .containsExactly("No. 14, Group 7, Nanguan Village, Weizhou Town, Tongxin County");
    }

    @Test
    void numbersByTheirLabels() {
        assertThat(found("出生日期由 1947/11/14 更正为 1952/2/2（原登记有误）", EntityKind.BIRTH_DATE))
                .containsExactly("1947/11/14", "1952/2/2");
        assertThat(found("Member ID / NHS no.: 454 323 5800\n德国法定医保号 519 799 0406，", EntityKind.INSURANCE))
                .containsExactly("454 323 5800", "519 799 0406");
        assertThat(found("工资账户0346959390\nBeneficiary account: 3604205102583\n{\"account\":\"02735393092540059\"}",
                EntityKind.BANK_CARD)).containsExactly("0346959390", "3604205102583", "02735393092540059");
        assertThat(found("National ID: 040075522721\n身份证件号：186597736\n", EntityKind.ID_NUMBER))
                .containsExactly("040075522721", "186597736");
        assertThat(found("卫星电话+8816 1264 5899；经卫星电话00881655693227联系；wife's number 09 691072831.", EntityKind.PHONE))
                .containsExactly("+8816 1264 5899", "00881655693227", "09 691072831");
        // An order number passes the Luhn check one time in ten; a login mobile under the account key is a phone.
        assertThat(found("【图文问诊】订单号 202403171530218845\n{\"account\":\"182-7314-3279\"}", EntityKind.BANK_CARD)).isEmpty();
    }

    @Test
    void namesOfTheHarbourAndTheNorthwest() {
        assertThat(found("Patient Kyaw Soe Naing (called Kyaw on board)", EntityKind.NAME)).containsExactly("Kyaw Soe Naing", "Kyaw");
        assertThat(found("船上那个外国伙计Tarmuji拉网辰光被钢丝绳打到头；船东周康定；中介乐天电话133-9946-8624", EntityKind.NAME))
                .containsExactly("Tarmuji", "周康定", "乐天");
        assertThat(found("小河南大名叫陈定康；阿拉是阿根屋里的；张秋月：黑皮阿龙今朝又没来上船", EntityKind.NAME))
                .contains("小河南", "阿根", "黑皮阿龙");
        assertThat(found("服务对象：苏麦花（经名法图麦）；家属请达吾德阿訇来念讨白；阿奶海李氏来取药；尕虎子和三娃子在银川打工", EntityKind.NAME))
                .contains("法图麦", "达吾德", "海李氏", "尕虎子", "三娃子");
        // A Wu pronoun, Wu thanks, an eponym, a Vietnamese Thị and the north-west's grandmother are no names.
        assertThat(found("伊手机一直打勿通；谢谢侬；库欣氏病；阿奶 你把娃娃的疫苗本找出来；尕妹子在家", EntityKind.NAME)).isEmpty();
        // A pronoun or a demonstrative before 大名叫 is no nickname; the real name after it is a name.
        assertThat(found("他的大名叫王芸芸，这个娃娃大名叫李强", EntityKind.NAME)).containsExactly("王芸芸", "李强");
        assertThat(found("患者阮氏秋香", EntityKind.NAME)).containsExactly("阮氏秋香");
    }
}
