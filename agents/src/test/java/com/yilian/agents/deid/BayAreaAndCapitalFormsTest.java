package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.deid.FoundSpans.found;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Macau, Beijing, Chongqing and a research consortium bring: Macau identity cards, Macau
 * phones after a Portuguese label, Macau and Portuguese addresses, a Philippine barangay, Thai and Singapore numbers by
 * their checks, Thai addresses, a people's township and a hunters' camp, Beijing courtyards and a new
 * area's 片区, a district before its lane, Chongqing's 孃 and 幺爸; and what is none: a landline-like run inside a
 * research code, a dialect kin word after 我是…的, a Home Return Permit's number.
 */
class BayAreaAndCapitalFormsTest {
    @Test
    void macauIdentityCardsAndPermits() {
        assertThat(found("BIR 1/146388/6 或 5956766(2)", EntityKind.ID_NUMBER)).containsExactly("1/146388/6", "5956766(2)");
        // A Home Return Permit stays, as a passport does; a dose split by slashes is none.
        assertThat(found("回乡证M42925296，剂量1/2/3", EntityKind.ID_NUMBER)).isEmpty();
    }

    @Test
    void macauPhonesAfterAPortugueseLabel() {
        assertThat(found("电话 Telefone：6680 0426\nContacto (Macau): 28599552", EntityKind.PHONE))
                .containsExactly("6680 0426", "28599552");
        assertThat(found("{\"case_no\":\"ADR-0731-2024-0061\"}", EntityKind.PHONE)).isEmpty();
    }

    @Test
    void addressesOfMacauBeijingAndTheBarangays() {
        assertThat(found("住：筷子基北街198号荷花大厦6楼G座；母亲住澳门罗神父街21号南湾苑地下", EntityKind.ADDRESS))
                .containsExactly("筷子基北街198号荷花大厦6楼G座", "澳门罗神父街21号南湾苑地下");
        assertThat(found("Morada: Rua do Regedor 165, Edf. Mar Azul, 21 andar H, Taipa\n"
                + "Helper's home: Purok 4, Brgy. San Isidro, Bauang, La Union", EntityKind.ADDRESS))
                .containsExactly("Rua do Regedor 165, Edf. Mar Azul, 21 andar H, Taipa",
                        "Purok 4, Brgy. San Isidro, Bauang, La Union");
        assertThat(found("老人住西城区小石虎胡同46号院东厢房；女儿在燕南新区淀北片区苇塘社区14号楼3单元904室", EntityKind.ADDRESS))
                .containsExactly("西城区小石虎胡同46号院东厢房", "燕南新区淀北片区苇塘社区14号楼3单元904室");
        // A ward's area is no district.
        assertThat(found("转入病区后第3天，街道办来电", EntityKind.ADDRESS)).isEmpty();
    }

    @Test
    void thaiAndSingaporeNumbersAndThaiAddresses() {
        assertThat(found("泰国身份证 1-0853-67937-45-2；NRIC S7099777J", EntityKind.ID_NUMBER))
                .containsExactly("1-0853-67937-45-2", "S7099777J");
        // One digit or letter off, the checks fail.
        assertThat(found("编号 1-0853-67937-45-3；S7099777K", EntityKind.ID_NUMBER)).isEmpty();
        assertThat(found("Home: 32 Moo 1, Tambon Si Racha, Amphoe Si Racha, Changwat Chon Buri 20110\n"
                + "ที่อยู่ 71 หมู่ 2 ตำบลศรีราชา อำเภอศรีราชา จังหวัดชลบุรี 20110", EntityKind.ADDRESS))
                .containsExactly("32 Moo 1, Tambon Si Racha, Amphoe Si Racha, Changwat Chon Buri 20110",
                        "71 หมู่ 2 ตำบลศรีราชา อำเภอศรีราชา จังหวัดชลบุรี 20110");
        assertThat(found("住呼伦贝尔市额尔古纳市恩和俄罗斯族民族乡临江村猎民点", EntityKind.ADDRESS))
                .containsExactly("呼伦贝尔市额尔古纳市恩和俄罗斯族民族乡临江村猎民点");
    }

    @Test
    void formsOfAddressOfChongqingAndKinWordsOfHunan() {
        assertThat(found("[语音转文字] 黄孃 你们屋头的德碧摔了；田幺爸在田坎上被蛇咬了", EntityKind.NAME)).contains("黄", "田");
        assertThat(found("[语音转文字] 喂 我是谭狗伢子的姆妈 伢在屋里冇得么事", EntityKind.NAME)).doesNotContain("姆妈");
    }
}
