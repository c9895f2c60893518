package cn.taizhang.platform.excel;

import cn.taizhang.platform.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded .xlsx for an import: the first sheet, whose first non-blank row is the header, each column named
 * by one of the expected {@link SheetColumn}s; then each non-blank row as a {@link SheetRow} of cell texts (see
 * {@link CellText}: numbers without ".0", dates as yyyy-MM-dd, formulas as their cached values). Columns without a
 * header are not read. The file is checked before it is parsed ({@link PackageCheck}) and its rows are streamed, never
 * held as a document; whatever is wrong with the file as a whole is refused with a {@link Problem} of kind INVALID
 * and one of the codes of {@link SpreadsheetRefusal}, with a Chinese detail for the person who uploaded it.
 *
 * <p>One reader serves any number of uploads, from any thread. Rows are handed over as they are read, so a refusal
 * (too many rows, say) may come after some rows were: write nothing before {@code read} returns.
 */
public final class SpreadsheetReader {

    /** Cell formats are read (dates are numbers with a date format); a malformed number is a damaged file. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    private final List<SheetColumn> columns;
    private final SpreadsheetLimits limits;

    public SpreadsheetReader(List<SheetColumn> columns) {
        this(columns, SpreadsheetLimits.DEFAULT);
    }

    public SpreadsheetReader(List<SheetColumn> columns, SpreadsheetLimits limits) {
        if (columns.stream().map(SheetColumn::header).distinct().count() != columns.size()) {
            throw new IllegalArgumentException("two columns with one header");
        }
        this.columns = List.copyOf(columns);
        this.limits = limits;
    }

    /** Reads an upload (an HTTP part, say), giving {@code each} its data rows in order; answers how many there were. */
    public int read(InputStream upload, Consumer<SheetRow> each) {
        return read(bytes(upload), each);
    }

    /** Reads an upload already in memory, giving {@code each} its data rows in order; answers how many there were. */
    public int read(byte[] file, Consumer<SheetRow> each) {
        if (file.length > limits.maxFileBytes()) {
            throw tooLargeFile();
        }
        PackageCheck.check(file, limits);
        ReadableWorkbook book = safely(() -> open(file));
        try (book; Stream<Row> rows = safely(() -> sheet(book))) {
            return rows(rows.iterator(), each);
        } catch (IOException e) {
            throw SpreadsheetRefusal.damaged();
        }
    }

    /** All data rows of an upload. */
    public List<SheetRow> readAll(InputStream upload) {
        List<SheetRow> rows = new ArrayList<>();
        read(upload, rows::add);
        return rows;
    }

    private int rows(Iterator<Row> rows, Consumer<SheetRow> each) {
        CellText text = new CellText();
        String[] headers = null;
        int count = 0;
        for (Row row; (row = next(rows)) != null; ) {
            Row current = row;
            if (headers == null) {
                List<String> texts = safely(() -> texts(current, text));
                if (!texts.stream().allMatch(String::isEmpty)) {
                    headers = HeaderRow.parse(texts, columns);
                }
                continue;
            }
            String[] named = headers;
            SheetRow data = safely(() -> data(current, named, text));
            if (data == null) {
                continue;
            }
            if (++count > limits.maxDataRows()) {
                throw SpreadsheetRefusal.tooManyRows("数据超过 " + limits.maxDataRows() + " 行，请分批导入");
            }
            each.accept(data);
        }
        if (headers == null) {
            throw Problem.invalid(SpreadsheetRefusal.EMPTY_SPREADSHEET, "文件的第一个工作表是空的：请在第 1 行填写表头，从第 2 行起填写数据");
        }
        if (count == 0) {
            throw Problem.invalid(SpreadsheetRefusal.EMPTY_SPREADSHEET, "文件中只有表头，没有数据：请从表头下一行起填写数据");
        }
        return count;
    }

    private static Row next(Iterator<Row> rows) {
        return safely(() -> rows.hasNext() ? rows.next() : null);
    }

    private static List<String> texts(Row row, CellText text) {
        List<String> texts = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            texts.add(text.of(row.getCell(i)));
        }
        return texts;
    }

    /** The row's text by header, or null for a blank row. */
    @SuppressWarnings("unchecked")
    private static SheetRow data(Row row, String[] headers, CellText text) {
        List<Map.Entry<String, String>> cells = new ArrayList<>(headers.length);
        boolean blank = true;
        for (int i = 0; i < headers.length; i++) {
            if (headers[i] != null) {
                String value = i < row.getCellCount() ? text.of(row.getCell(i)) : "";
                blank &= value.isEmpty();
                cells.add(Map.entry(headers[i], value));
            }
        }
        return blank ? null : new SheetRow(row.getRowNum(), Map.ofEntries(cells.toArray(Map.Entry[]::new)));
    }

    private static ReadableWorkbook open(byte[] file) {
        try {
            return new ReadableWorkbook(new ByteArrayInputStream(file), OPTIONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Row> sheet(ReadableWorkbook book) {
        try {
            return book.getFirstSheet().openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A step of fastexcel-reader: any failure of it is a damaged file (the checks have bounded its size already). */
    private static <T> T safely(Supplier<T> step) {
        try {
            return step.get();
        } catch (Problem p) {
            throw p;
        } catch (RuntimeException e) {
            throw SpreadsheetRefusal.damaged();
        }
    }

    private byte[] bytes(InputStream upload) {
        try {
            byte[] file = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (file.length > limits.maxFileBytes()) {
                throw tooLargeFile();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Problem tooLargeFile() {
        return SpreadsheetRefusal.tooLarge("文件超过 " + limits.maxFileBytes() / (1024 * 1024) + " MB，请分批导入");
    }
}
