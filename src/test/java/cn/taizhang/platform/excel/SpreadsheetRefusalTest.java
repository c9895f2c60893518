package cn.taizhang.platform.excel;

import static cn.taizhang.platform.excel.SpreadsheetRoundTripTest.COLUMNS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.taizhang.platform.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Test;

/** Files SpreadsheetReader refuses as a whole, each with its code and a Chinese detail. */
class SpreadsheetRefusalTest {

    static final SpreadsheetReader READER = new SpreadsheetReader(COLUMNS);
    static final String HEADER = Xlsx.row(1, "统一社会信用代码", "企业名称");

    @Test
    void otherKindsOfFileAreNotSpreadsheets() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] html = "<!DOCTYPE html><html><body><table><tr><td>企业名称</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] csv = "统一社会信用代码,企业名称\n91520100MA6DKXYZ1X,凯里商贸\n".getBytes(StandardCharsets.UTF_8);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        byte[] good = Xlsx.withRows(HEADER + Xlsx.row(2, "91520100MA6DKXYZ1X", "凯里商贸"));
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        byte[] otherZip = Xlsx.workbook(zip -> Xlsx.part(zip, "word/document.xml", "<w:document xmlns:w=\"urn:w\"/>"));
        byte[] nothing = {};

        for (byte[] file : List.of(png, html, csv, xls, truncated, otherZip, nothing)) {
            assertThat(refusal(file).code()).isEqualTo(SpreadsheetRefusal.NOT_A_SPREADSHEET);
        }
        assertThat(refusal(xls).getMessage()).contains(".xls").contains(".xlsx");
        assertThat(refusal(good).code()).isEqualTo("no refusal");
    }

    @Test
    void aZipBombIsStoppedWhileInflatingWhateverSizesTheZipClaims() {
        // 1 GiB of XML deflated into about 1 MB, the zip claiming 1,000 bytes
        byte[] bomb = withLyingSheet(deflated(Xlsx.SHEET_START, "<x/>".repeat(1 << 18), 1_024, Xlsx.SHEET_END));
        long start = System.nanoTime();

        Problem p = refusal(bomb);

        assertThat(p.code()).isEqualTo(SpreadsheetRefusal.SPREADSHEET_TOO_LARGE);
        assertThat(p.getMessage()).contains("压缩炸弹");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
    }

    @Test
    void theTotalIsCountedAsInflatedNotAsClaimed() {
        // 3 MB of varied rows, ordinary compression, the zip claiming 1,000 bytes
        StringBuilder rows = new StringBuilder(HEADER);
        for (int r = 2; rows.length() < 3_000_000; r++) {
            rows.append(Xlsx.row(r, "91520100MA" + r * 7919L, "企业" + r * 104_729L));
        }
        byte[] file = withLyingSheet(deflated(Xlsx.SHEET_START, rows.toString(), 1, Xlsx.SHEET_END));
        SpreadsheetReader reader = new SpreadsheetReader(COLUMNS, SpreadsheetLimits.DEFAULT.withMaxUncompressedBytes(2_000_000));

        assertThat(refusal(reader, file).code()).isEqualTo(SpreadsheetRefusal.SPREADSHEET_TOO_LARGE);
        assertThat(READER.read(file, r -> {
        })).isGreaterThan(10_000);
    }

    @Test
    void headersMustBeTheExpectedOnes() {
        Problem missing = refusal(Xlsx.withRows(Xlsx.row(1, "企业名称", "从业人数") + Xlsx.row(2, "凯里商贸", "1")));
        assertThat(missing.code()).isEqualTo(SpreadsheetRefusal.HEADER_MISSING);
        assertThat(missing.getMessage()).contains("统一社会信用代码").doesNotContain("从业人数");

        Problem unknown = refusal(Xlsx.withRows(Xlsx.row(1, "统一社会信用代码", "企业名", "企业名称") + Xlsx.row(2, "a", "b", "c")));
        assertThat(unknown.code()).isEqualTo(SpreadsheetRefusal.HEADER_UNKNOWN);
        assertThat(unknown.getMessage()).contains("B 列“企业名”");

        Problem duplicate = refusal(Xlsx.withRows(Xlsx.row(1, "统一社会信用代码", "企业名称", "企业名称") + Xlsx.row(2, "a", "b", "c")));
        assertThat(duplicate.code()).isEqualTo(SpreadsheetRefusal.HEADER_DUPLICATE);
        assertThat(duplicate.getMessage()).contains("C 列“企业名称”");
    }

    @Test
    void aSheetWithoutDataIsEmpty() {
        assertThat(refusal(Xlsx.withRows("")).code()).isEqualTo(SpreadsheetRefusal.EMPTY_SPREADSHEET);
        assertThat(refusal(Xlsx.withRows("<row r=\"1\"/><row r=\"2\" s=\"1\" customFormat=\"1\"/>")).code())
                .isEqualTo(SpreadsheetRefusal.EMPTY_SPREADSHEET);
        Problem headerOnly = refusal(Xlsx.withRows(HEADER + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t> </t></is></c></row>"));
        assertThat(headerOnly.code()).isEqualTo(SpreadsheetRefusal.EMPTY_SPREADSHEET);
        assertThat(headerOnly.getMessage()).contains("只有表头");
    }

    @Test
    void moreThan200000DataRowsAreRefusedAfterReadingNoMore() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheet.write(out, "企业", List.of("统一社会信用代码", "企业名称"), sink -> {
            for (int i = 0; i < 200_001; i++) {
                sink.add(List.of("91520100MA6D" + i, "企业" + i));
            }
        });
        AtomicInteger given = new AtomicInteger();

        Problem p = catchThrowableOfType(Problem.class, () -> READER.read(new ByteArrayInputStream(out.toByteArray()), r -> given.incrementAndGet()));

        assertThat(p.code()).isEqualTo(SpreadsheetRefusal.TOO_MANY_ROWS);
        assertThat(p.getMessage()).contains("200000");
        assertThat(given).hasValue(200_000);
    }

    @Test
    void aMillionEmptyStyledRowsAreRefusedQuickly() {
        byte[] file = Xlsx.withSheet(sheet -> {
            sheet.write((Xlsx.SHEET_START + HEADER).getBytes(StandardCharsets.UTF_8));
            for (int r = 2; r <= 1_000_001; r++) {
                sheet.write(("<row r=\"" + r + "\" s=\"1\" customFormat=\"1\" ht=\"15\" customHeight=\"1\"/>").getBytes(StandardCharsets.US_ASCII));
            }
            sheet.write(Xlsx.SHEET_END.getBytes(StandardCharsets.UTF_8));
        });
        long start = System.nanoTime();

        Problem p = refusal(file);

        assertThat(p.code()).isEqualTo(SpreadsheetRefusal.TOO_MANY_ROWS);
        assertThat(p.getMessage()).contains("250000");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
    }

    @Test
    void cellsBeyondExcelsSheetAreRefused() {
        assertThat(refusal(Xlsx.withRows(HEADER + "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>")).code())
                .isEqualTo(SpreadsheetRefusal.NOT_A_SPREADSHEET);
        // fastexcel-reader would fill a list up to the column: two billion entries
        assertThat(refusal(Xlsx.withRows(HEADER + "<row r=\"2\"><c r=\"FXSHRXW2\"><v>1</v></c></row>")).code())
                .isEqualTo(SpreadsheetRefusal.NOT_A_SPREADSHEET);
        assertThat(refusal(Xlsx.withRows(HEADER + "<row r=\"2\">" + "<c/>".repeat(16_385) + "</row>")).code())
                .isEqualTo(SpreadsheetRefusal.NOT_A_SPREADSHEET);
        assertThat(refusal(Xlsx.withRows(HEADER + "<row r=\"1048577\"><c><v>1</v></c></row>")).code())
                .isEqualTo(SpreadsheetRefusal.NOT_A_SPREADSHEET);
    }

    @Test
    void contentNoExcelWritesIsRefusedBeforeTheReaderHoldsIt() {
        String longText = "长".repeat(400_000); // 1.2 MB without a '<'
        assertThat(refusal(Xlsx.withRows(HEADER + Xlsx.row(2, "a", longText))).code()).isEqualTo(SpreadsheetRefusal.SPREADSHEET_TOO_LARGE);
        String manyRuns = "<t>" + "字".repeat(30_000) + "</t>";
        assertThat(refusal(Xlsx.withRows(HEADER + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is>" + manyRuns.repeat(10) + "</is></c></row>")).code())
                .isEqualTo(SpreadsheetRefusal.SPREADSHEET_TOO_LARGE);
        assertThat(refusal(Xlsx.withRows(HEADER + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t><![CDATA[" + "<x>".repeat(300_000)
                + "]]></t></is></c></row>")).code()).isEqualTo(SpreadsheetRefusal.SPREADSHEET_TOO_LARGE);
        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + "<worksheet><sheetData>" + HEADER + Xlsx.row(2, "a", "b") + "</sheetData></worksheet>";
        assertThat(refusal(Xlsx.withSheet(out -> out.write(utf16.getBytes(StandardCharsets.UTF_16)))).code())
                .isEqualTo(SpreadsheetRefusal.NOT_A_SPREADSHEET);
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<worksheet><sheetData>" + HEADER + Xlsx.row(2, "&b;", "b") + "</sheetData></worksheet>";
        assertThat(refusal(Xlsx.withSheet(out -> out.write(laughs.getBytes(StandardCharsets.UTF_8)))).code())
                .isEqualTo(SpreadsheetRefusal.NOT_A_SPREADSHEET);
    }

    @Test
    void formulasTheReaderWouldSpendHoursOnAreRefused() {
        String formula = "A1+".repeat(2_700) + "A1";
        StringBuilder shared = new StringBuilder(HEADER + "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" ref=\"A2:A1000\" si=\"0\">" + formula + "</f></c></row>");
        for (int r = 3; r < 1_000; r++) {
            shared.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><f t=\"shared\" si=\"0\"/><v>1</v></c></row>");
        }
        assertThat(refusal(Xlsx.withRows(shared.toString())).code()).isEqualTo(SpreadsheetRefusal.SPREADSHEET_TOO_LARGE);

        StringBuilder arrays = new StringBuilder(HEADER);
        for (int r = 2; r < 10_000; r++) {
            arrays.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><f t=\"array\" ref=\"A").append(r)
                    .append("\">1</f><v>1</v></c><c r=\"B").append(r).append("\"><v>2</v></c></row>");
        }
        assertThat(refusal(Xlsx.withRows(arrays.toString())).code()).isEqualTo(SpreadsheetRefusal.SPREADSHEET_TOO_LARGE);

        assertThat(refusal(Xlsx.withRows(HEADER + "<row r=\"2\"><c r=\"A2\"><f>" + "1+".repeat(4_100) + "1</f></c></row>")).code())
                .isEqualTo(SpreadsheetRefusal.NOT_A_SPREADSHEET);
    }

    @Test
    void limitsAreParameters() {
        byte[] file = Xlsx.withRows(HEADER + Xlsx.row(2, "a", "b") + Xlsx.row(3, "c", "d"));
        SpreadsheetLimits d = SpreadsheetLimits.DEFAULT;

        assertThat(refusal(new SpreadsheetReader(COLUMNS, d.withMaxDataRows(1)), file).code()).isEqualTo(SpreadsheetRefusal.TOO_MANY_ROWS);
        assertThat(refusal(new SpreadsheetReader(COLUMNS, d.withMaxUncompressedBytes(1_000)), file).code())
                .isEqualTo(SpreadsheetRefusal.SPREADSHEET_TOO_LARGE);
        SpreadsheetLimits small = new SpreadsheetLimits(file.length - 1, d.maxUncompressedBytes(), d.maxCompressionRatio(), d.ratioFromBytes(),
                d.maxDataRows(), d.maxPhysicalRows(), d.maxSharedStrings());
        assertThat(catchThrowableOfType(Problem.class, () -> new SpreadsheetReader(COLUMNS, small).read(new ByteArrayInputStream(file), r -> {
        })).code()).isEqualTo(SpreadsheetRefusal.SPREADSHEET_TOO_LARGE);
        SpreadsheetLimits fewStrings = new SpreadsheetLimits(d.maxFileBytes(), d.maxUncompressedBytes(), d.maxCompressionRatio(),
                d.ratioFromBytes(), d.maxDataRows(), d.maxPhysicalRows(), 2);
        ByteArrayOutputStream shared = new ByteArrayOutputStream();
        ExcelSheet.write(shared, "企业", List.of("统一社会信用代码", "企业名称"), List.of()); // headers: two shared strings
        assertThat(refusal(new SpreadsheetReader(COLUMNS, fewStrings), shared.toByteArray()).code()).isEqualTo(SpreadsheetRefusal.EMPTY_SPREADSHEET);
        ByteArrayOutputStream three = new ByteArrayOutputStream();
        ExcelSheet.write(three, "企业", List.of("统一社会信用代码", "企业名称", "备注"), List.of());
        assertThat(refusal(new SpreadsheetReader(COLUMNS, fewStrings), three.toByteArray()).code()).isEqualTo(SpreadsheetRefusal.SPREADSHEET_TOO_LARGE);
    }

    /** A workbook whose sheet is this raw deflate stream, its records claiming 1,000 bytes inflated and a wrong checksum. */
    static byte[] withLyingSheet(byte[] deflated) {
        return Xlsx.workbook(zip -> {
            ZipArchiveEntry sheet = new ZipArchiveEntry(Xlsx.SHEET);
            sheet.setMethod(ZipEntry.DEFLATED);
            sheet.setSize(1_000);
            sheet.setCompressedSize(deflated.length);
            sheet.setCrc(0);
            zip.addRawArchiveEntry(sheet, new ByteArrayInputStream(deflated));
        });
    }

    /**
     * A raw deflate stream of {@code start}, {@code copies} times {@code middle}, then {@code end}: {@code middle} is
     * deflated once, with a full flush that makes it a block referring to nothing before it, and the block repeated.
     */
    static byte[] deflated(String start, String middle, int copies, String end) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(flushed(deflater, start));
        byte[] block = flushed(deflater, middle);
        for (int i = 0; i < copies; i++) {
            out.writeBytes(block);
        }
        deflater.setInput(end.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] flushed(Deflater deflater, String text) {
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }

    static Problem refusal(byte[] file) {
        return refusal(READER, file);
    }

    static Problem refusal(SpreadsheetReader reader, byte[] file) {
        try {
            reader.read(file, r -> {
            });
            return Problem.invalid("no refusal", "");
        } catch (Problem p) {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INVALID);
            assertThat(p.getMessage()).isNotBlank();
            return p;
        }
    }
}
