package cn.taizhang.access.chain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.access.chain.ChainBreak.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain's canonical form and hash against vectors computed apart (Python's hashlib SM3), and the verifier's verdicts. */
class AuditChainTest {

    static final AuditRecord SIGN_IN = new AuditRecord(1, Instant.parse("2026-12-06T04:38:29.123456Z"), "SIGN_IN", 7L, "demo-auditor",
            "522601", "127.0.0.1", null, null, null, null, null, null, null, "口令", "742");

    @Test
    void sm3IsTheStandardsOwn() {
        assertThat(AuditChain.hex(AuditChain.sm3("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void everyColumnIsLengthPrefixedUtf8AndNullIsMinusOne() {
        assertThat(HexFormat.of().formatHex(AuditChain.canonical(SIGN_IN))).isEqualTo(
                "00000001310000001b323032362d31322d30365430343a33383a32392e3132333435365a000000075349474e5f494e0000000137"
                        + "0000000c64656d6f2d61756469746f7200000006353232363031000000093132372e302e302e31"
                        + "ffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000006e58fa3e4bba400000003373432");
    }

    @Test
    void eachLinkHashesThePreviousHashTheSeqAndTheRow() {
        byte[] first = AuditChain.link(AuditChain.GENESIS, 1, SIGN_IN);
        assertThat(AuditChain.hex(first)).isEqualTo("b3228c8020d3c3daa83cec583a63aecac55287caaa5e7ec03883364f2ca6d2a6");
        assertThat(AuditChain.hex(AuditChain.link(first, 2, SIGN_IN))).isEqualTo("eef8d8893552cae1f74e872273d4fc698efadacdf629bfaa7e94571dee509d62");
    }

    @Test
    void anEmptyTextIsNotANull() {
        AuditRecord empty = new AuditRecord(1, SIGN_IN.at(), "SIGN_IN", null, "", null, null, null, null, null, null, null, null, null, null, "1");
        AuditRecord nulls = new AuditRecord(1, SIGN_IN.at(), "SIGN_IN", null, null, null, null, null, null, null, null, null, null, null, null, "1");
        assertThat(AuditChain.link(AuditChain.GENESIS, 1, empty)).isNotEqualTo(AuditChain.link(AuditChain.GENESIS, 1, nulls));
    }

    @Test
    void anIntactChainHolds() {
        List<SealedLink> chain = chain(5);
        ChainVerifier verifier = verify(chain, List.of(head(chain.get(4))));
        assertThat(verifier.firstBreak()).isNull();
        assertThat(verifier.verified()).isEqualTo(5);
    }

    @Test
    void aChangedRowIsReportedAtItsLink() {
        List<SealedLink> chain = chain(5);
        SealedLink third = chain.get(2);
        chain.set(2, new SealedLink(3, third.auditId(), third.hash(), withDetail(third.row(), "改过")));
        assertThat(verify(chain, List.of()).firstBreak()).extracting(ChainBreak::kind, ChainBreak::seq).containsExactly(Kind.ROW_CHANGED, 3L);
    }

    @Test
    void aChangedHashIsToldApartFromAChangedRow() {
        List<SealedLink> chain = chain(5);
        SealedLink third = chain.get(2);
        chain.set(2, new SealedLink(3, third.auditId(), AuditChain.sm3("forged".getBytes(StandardCharsets.UTF_8)), third.row()));
        assertThat(verify(chain, List.of()).firstBreak()).extracting(ChainBreak::kind, ChainBreak::seq).containsExactly(Kind.HASH_CHANGED, 3L);
    }

    @Test
    void aMissingLinkOrRowIsAGap() {
        List<SealedLink> chain = chain(5);
        chain.remove(1);
        assertThat(verify(chain, List.of()).firstBreak()).extracting(ChainBreak::kind, ChainBreak::seq).containsExactly(Kind.SEQ_MISSING, 2L);

        List<SealedLink> rowGone = chain(5);
        rowGone.set(3, new SealedLink(4, 4, rowGone.get(3).hash(), null));
        assertThat(verify(rowGone, List.of()).firstBreak()).extracting(ChainBreak::kind, ChainBreak::seq, ChainBreak::auditId)
                .containsExactly(Kind.ROW_MISSING, 4L, 4L);
    }

    @Test
    void aChainShorterThanAnExportedHeadLostItsNewestRows() {
        List<SealedLink> chain = chain(5);
        ExportedHead exported = head(chain.get(4));
        assertThat(verify(chain.subList(0, 3), List.of(exported)).firstBreak()).extracting(ChainBreak::kind, ChainBreak::seq)
                .containsExactly(Kind.SHORTER_THAN_EXPORTED_HEAD, 4L);
    }

    @Test
    void aChainRewrittenFromSomeRowOnDiffersFromTheExportedHead() {
        List<SealedLink> chain = chain(5);
        ExportedHead exported = head(chain.get(3));
        List<SealedLink> rewritten = new ArrayList<>(chain.subList(0, 2));
        byte[] hash = rewritten.get(1).hash();
        for (int seq = 3; seq <= 5; seq++) { // a row changed, and every hash after it computed again
            AuditRecord row = seq == 3 ? withDetail(chain.get(2).row(), "改过") : chain.get(seq - 1).row();
            hash = AuditChain.link(hash, seq, row);
            rewritten.add(new SealedLink(seq, row.id(), hash, row));
        }
        assertThat(verify(rewritten, List.of(exported)).firstBreak()).extracting(ChainBreak::kind, ChainBreak::seq)
                .containsExactly(Kind.HEAD_MISMATCH, 4L);
    }

    private static ChainVerifier verify(List<SealedLink> chain, List<ExportedHead> heads) {
        ChainVerifier verifier = new ChainVerifier(heads);
        chain.forEach(verifier::accept);
        return verifier;
    }

    private static List<SealedLink> chain(int length) {
        List<SealedLink> links = new ArrayList<>();
        byte[] hash = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditRecord row = new AuditRecord(seq, SIGN_IN.at().plusSeconds(seq), "CHANGE", 7L, "demo-sysadmin", "522601", "10.0.0.1", "POST",
                    "/api/v1/calendar/days", null, "calendar_day", "2026-10-0" + seq, null, null, null, Long.toString(700 + seq));
            hash = AuditChain.link(hash, seq, row);
            links.add(new SealedLink(seq, seq, hash, row));
        }
        return links;
    }

    private static AuditRecord withDetail(AuditRecord r, String detail) {
        return new AuditRecord(r.id(), r.at(), r.action(), r.actorId(), r.actorUsername(), r.actorJurisdiction(), r.sourceAddress(), r.method(),
                r.path(), r.status(), r.targetType(), r.targetId(), r.beforeRef(), r.afterRef(), detail, r.xact());
    }

    private static ExportedHead head(SealedLink link) {
        return new ExportedHead(OffsetDateTime.parse("2026-12-06T12:00:00+08:00"), link.seq(), AuditChain.hex(link.hash()));
    }
}
