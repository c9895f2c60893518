package cn.taizhang.platform.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * One part of an uploaded zip as it is inflated, counted byte by byte: the whole file's inflated bytes against the
 * limit, and this part's inflated bytes against the compressed bytes actually read (not the sizes the zip records,
 * which a crafted file may fill with anything). In an XML part it also refuses a run of more than {@value #MAX_RUN}
 * bytes without a {@code <}: XML parsers hold a whole attribute value or text node in memory, and neither may contain
 * a bare {@code <}.
 */
final class Inflated extends FilterInputStream {

    static final int MAX_RUN = 1024 * 1024;

    private final PackageCheck file;
    private final InputStreamStatistics statistics;
    private final SpreadsheetLimits limits;
    private final byte[] one = new byte[1];
    private long bytes;
    private boolean xml;
    private int run;

    Inflated(InputStream part, PackageCheck file, SpreadsheetLimits limits) {
        super(part);
        this.file = file;
        this.statistics = (InputStreamStatistics) part;
        this.limits = limits;
    }

    /** From now on the part is read as XML (or no longer). */
    void xml(boolean on) {
        xml = on;
        run = 0;
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes are inflated all the same: count them
        return Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
    }

    /** Reads what is left of the part, counting it. */
    void drain() throws IOException {
        byte[] buffer = new byte[8192];
        while (read(buffer) >= 0) {
            // counted in read
        }
    }

    private void counted(byte[] buffer, int offset, int n) {
        bytes += n;
        file.inflated(n);
        if (bytes > limits.ratioFromBytes() && bytes > (double) limits.maxCompressionRatio() * Math.max(1, statistics.getCompressedCount())) {
            throw SpreadsheetRefusal.tooLarge("文件的压缩比异常（超过 " + limits.maxCompressionRatio() + " 倍），疑似压缩炸弹，拒绝读取");
        }
        if (xml) {
            for (int i = offset; i < offset + n; i++) {
                run = buffer[i] == '<' ? 0 : run + 1;
                if (run > MAX_RUN) {
                    throw SpreadsheetRefusal.tooLarge("文件中有一段内容过长（超过 1 MB），无法读取");
                }
            }
        }
    }
}
