package cn.taizhang.platform.excel;

import cn.taizhang.platform.Problem;
import java.io.IOException;
import java.util.Collections;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks through an uploaded .xlsx before fastexcel-reader parses it, so that the parser only ever sees a file whose size
 * and shape are bounded: a zip (not an image, a web page, CSV or an old .xls), every part of it inflated once with its
 * bytes counted against {@link SpreadsheetLimits} as they come (a zip bomb is stopped at the limit, whatever sizes its
 * records claim), every XML part checked by {@link XmlCheck}. Parts are opened the way fastexcel-reader opens them
 * (commons-compress over the same bytes), so both see the same content. Costs one extra inflation of the file.
 */
final class PackageCheck {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] CENTRAL_HEADER = {'P', 'K', 1, 2};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** An .xlsx has a few dozen parts; the zip reader keeps a record of each in memory. */
    static final int MAX_PARTS = 10_000;

    private final SpreadsheetLimits limits;
    private long inflated;

    private PackageCheck(SpreadsheetLimits limits) {
        this.limits = limits;
    }

    static void check(byte[] file, SpreadsheetLimits limits) {
        new PackageCheck(limits).check(file);
    }

    /** Counts bytes inflated from any part of the file. */
    void inflated(int n) {
        inflated += n;
        if (inflated > limits.maxUncompressedBytes()) {
            throw SpreadsheetRefusal.tooLarge("文件解压后超过 " + limits.maxUncompressedBytes() / (1024 * 1024) + " MB，请删除多余的内容或分批导入");
        }
    }

    private void check(byte[] file) {
        if (startsWith(file, OLE2)) {
            throw SpreadsheetRefusal.notASpreadsheet("这是旧版 Excel 文件（.xls）或设有密码的工作簿：请在 Excel 中另存为“Excel 工作簿（*.xlsx）”，不设密码，再上传");
        }
        if (!startsWith(file, ZIP)) {
            throw SpreadsheetRefusal.notASpreadsheet("文件不是 Excel 工作簿（.xlsx）：请用下载的模板填写后上传");
        }
        if (count(file, CENTRAL_HEADER) > MAX_PARTS) {
            throw SpreadsheetRefusal.tooLarge("文件中的部件过多（超过 " + MAX_PARTS + " 个），无法读取");
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                part(zip, entry);
            }
        } catch (Problem p) {
            throw p;
        } catch (IOException | RuntimeException e) {
            throw SpreadsheetRefusal.damaged();
        }
    }

    private void part(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED || !zip.canReadEntryData(entry)) {
            throw SpreadsheetRefusal.notASpreadsheet("文件使用了 Excel 不使用的压缩方式或加密，无法读取：请在 Excel 中另存为 .xlsx 后再上传");
        }
        try (Inflated in = new Inflated(zip.getInputStream(entry), this, limits)) {
            XmlCheck.check(in, limits);
        }
    }

    private static boolean startsWith(byte[] file, byte[] magic) {
        if (file.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (file[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Occurrences of a signature anywhere in the file: at least the zip's central records, which the zip reader loads
     * before anything can be counted (compressed data matches by chance about once in 4 GB).
     */
    private static int count(byte[] file, byte[] signature) {
        int found = 0;
        for (int i = 0; i <= file.length - signature.length; i++) {
            if (file[i] == signature[0] && file[i + 1] == signature[1] && file[i + 2] == signature[2] && file[i + 3] == signature[3]) {
                found++;
            }
        }
        return found;
    }
}
