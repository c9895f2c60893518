package cn.taizhang.platform.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes one worksheet of a ledger row by row, holding only a few rows in memory: a bold header row, frozen and with an
 * autofilter, then the rows. fastexcel writes the column widths (and the frozen pane) with the first rows it flushes, so
 * the first {@value #SAMPLE} rows are held back and measured before anything is written; after that the sheet is flushed
 * every {@value #FLUSH_EVERY} rows.
 */
final class SheetWriter implements RowSink {

    /** Rows whose text sets the column widths. */
    static final int SAMPLE = 1_000;
    static final int FLUSH_EVERY = 1_000;
    private static final int MAX_WIDTH = 60;

    private final Worksheet sheet;
    private final int headers;
    private final List<Integer> widths = new ArrayList<>();
    private List<List<?>> sample = new ArrayList<>();
    private boolean textColumns;
    private int next = 1;

    SheetWriter(Workbook workbook, String name, List<String> headers) {
        this.sheet = workbook.newWorksheet(name);
        this.headers = headers.size();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            measure(c, Cells.width(headers.get(c)));
        }
    }

    /** Formats the header columns as text, so that what is typed under them stays as typed (long codes, leading zeros). */
    SheetWriter textColumns() {
        textColumns = true;
        return this;
    }

    @Override
    public void add(List<?> row) {
        if (next + (sample == null ? 0 : sample.size()) >= Worksheet.MAX_ROWS) {
            throw new IllegalStateException("more rows than a worksheet holds (" + (Worksheet.MAX_ROWS - 1) + ")");
        }
        if (sample == null) {
            put(row);
            return;
        }
        sample.add(new ArrayList<>(row));
        for (int c = 0; c < row.size(); c++) {
            measure(c, Cells.width(row.get(c)));
        }
        if (sample.size() == SAMPLE) {
            start();
        }
    }

    /** Ends the sheet: its autofilter spans the rows written. */
    void finish() {
        if (sample != null) {
            start();
        }
        sheet.setAutoFilter(0, 0, next - 1, Math.max(0, headers - 1));
        try {
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void measure(int c, int width) {
        while (widths.size() <= c) {
            widths.add(0);
        }
        widths.set(c, Math.max(widths.get(c), width));
    }

    private void start() {
        for (int c = 0; c < widths.size(); c++) {
            sheet.width(c, Math.min(MAX_WIDTH, widths.get(c) + 2));
            if (textColumns && c < headers) {
                sheet.style(c).format("@").set();
            }
        }
        sheet.freezePane(0, 1);
        List<List<?>> held = sample;
        sample = null;
        held.forEach(this::put);
    }

    private void put(List<?> row) {
        for (int c = 0; c < row.size(); c++) {
            Cells.write(sheet, next, c, row.get(c));
        }
        next++;
        if (next % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
