package cn.taizhang.access.chain;

import cn.taizhang.access.chain.ChainBreak.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Walks the sealed links in seq order, recomputing each hash, and stops at the first break. A link whose hash does not
 * match its row is told apart by the next link: if that one still chains onto the stored hash, the row changed; if
 * not, the stored hash did. Every head exported earlier must be a link of the chain, with the same hash.
 */
public final class ChainVerifier {

    private final TreeMap<Long, List<ExportedHead>> exported = new TreeMap<>();
    private long expected = 1;
    private byte[] previous = AuditChain.GENESIS;
    private SealedLink suspect;
    private ChainBreak found;

    public ChainVerifier(Collection<ExportedHead> exportedHeads) {
        exportedHeads.forEach(h -> exported.computeIfAbsent(h.seq(), seq -> new ArrayList<>()).add(h));
    }

    /** Takes the next link; false once a break is found (the rest need not be read). */
    public boolean accept(SealedLink link) {
        if (found != null) {
            return false;
        }
        if (suspect != null) {
            boolean nextChainsOn = link.row() != null && link.seq() == suspect.seq() + 1
                    && Arrays.equals(AuditChain.link(suspect.hash(), link.seq(), link.row()), link.hash());
            found = nextChainsOn
                    ? new ChainBreak(Kind.ROW_CHANGED, suspect.seq(), suspect.auditId(), "审计记录内容被改动 / the audit row was changed after sealing")
                    : new ChainBreak(Kind.HASH_CHANGED, suspect.seq(), suspect.auditId(), "链上哈希被改动 / the stored hash was changed");
            return false;
        }
        if (link.seq() != expected) {
            found = new ChainBreak(Kind.SEQ_MISSING, expected, null, "链缺少序号 " + expected + (link.seq() > expected + 1 ? "–" + (link.seq() - 1) : "")
                    + " / links missing before seq " + link.seq());
            return false;
        }
        if (link.row() == null) {
            found = new ChainBreak(Kind.ROW_MISSING, link.seq(), link.auditId(), "已封存的审计记录被删除 / the sealed audit row is gone");
            return false;
        }
        if (!Arrays.equals(AuditChain.link(previous, link.seq(), link.row()), link.hash())) {
            suspect = link;
            return true;
        }
        ExportedHead head = exported.getOrDefault(link.seq(), List.of()).stream()
                .filter(h -> !h.hash().equalsIgnoreCase(AuditChain.hex(link.hash()))).findFirst().orElse(null);
        if (head != null) {
            found = new ChainBreak(Kind.HEAD_MISMATCH, link.seq(), link.auditId(), "与 " + head.at() + " 导出的链头哈希不符，链自此前某处被重写 / differs from the head exported at "
                    + head.at() + ": the chain was rewritten up to here");
            return false;
        }
        previous = link.hash();
        expected++;
        return true;
    }

    /** The first break, or {@code null} if the chain holds and is at least as long as every exported head. */
    public ChainBreak firstBreak() {
        if (found == null && suspect != null) {
            found = new ChainBreak(Kind.ROW_OR_HASH_CHANGED, suspect.seq(), suspect.auditId(),
                    "最后一条链节与其审计记录不符 / the last link does not match its audit row");
        }
        if (found == null && !exported.isEmpty() && exported.lastKey() >= expected) {
            ExportedHead head = exported.lastEntry().getValue().get(0);
            found = new ChainBreak(Kind.SHORTER_THAN_EXPORTED_HEAD, expected, null, "链只到序号 " + (expected - 1) + "，而 " + head.at()
                    + " 导出的链头为序号 " + head.seq() + "：最新的记录被删除 / the chain ends at seq " + (expected - 1) + " but the head exported at "
                    + head.at() + " was seq " + head.seq() + ": the newest rows were deleted");
        }
        return found;
    }

    /** The number of links read that hold. */
    public long verified() {
        return expected - 1;
    }
}
