package cn.taizhang.platform.excel;

import java.util.HashMap;
import java.util.Map;

/**
 * What a sheet's formulas will cost fastexcel-reader, counted by {@link XmlCheck} as they come. The reader never
 * evaluates a formula, but it rewrites a shared formula's text for every cell that uses it (copying the text once per
 * cell reference in it), keeps every shared and array formula of the sheet, and looks every cell without a formula of
 * its own up among all the array formulas: a small file could keep it busy for hours.
 */
final class FormulaCost {

    static final int MAX_FORMULA = 8_192;
    /**
     * Length times cell references of the shared formula each cell uses, summed over the cells: what fastexcel-reader
     * copies rewriting them is about half of it, a second's work at this limit. A sheet of 200,000 rows with three
     * formulas like IF(AND(A2>0,B2<>""),C2*D2,"") in each comes to a third of it.
     */
    static final long MAX_FORMULA_WORK = 500_000_000L;
    /** Cells looked up among array formulas, times their number: some 50 ns each, a second or two at this limit. */
    static final long MAX_ARRAY_WORK = 30_000_000L;
    /** Characters of shared and array formulas kept by the reader for the whole sheet (each counted 64 more). */
    static final long MAX_FORMULA_KEPT = 16_000_000L;

    private final Map<String, Long> shared = new HashMap<>();
    private boolean open;
    private String type;
    private String ref;
    private String si;
    private long length;
    private long refs;
    private long work;
    private long arrays;
    private long arrayWork;
    private long kept;

    boolean open() {
        return open;
    }

    void start(String type, String ref, String si) {
        if (open) {
            throw SpreadsheetRefusal.damaged();
        }
        open = true;
        this.type = type;
        this.ref = ref;
        this.si = si;
        length = 0;
        refs = 0;
    }

    void text(char[] text, int start, int count) {
        length += count;
        if (length > MAX_FORMULA) {
            throw SpreadsheetRefusal.beyondExcel("公式的长度");
        }
        for (int i = start; i < start + count; i++) {
            if (text[i] >= 'A' && text[i] <= 'Z' || text[i] == '$') {
                refs++;
            }
        }
    }

    void end() {
        open = false;
        if ("shared".equals(type)) {
            if (si == null) {
                throw SpreadsheetRefusal.damaged();
            }
            if (ref != null) {
                shared.put(si, length * refs);
                keep();
            } else {
                work += shared.getOrDefault(si, 0L);
                tooMuch(work > MAX_FORMULA_WORK);
            }
        } else if ("array".equals(type) && ref != null) {
            arrays++;
            keep();
        }
    }

    /** A cell that fastexcel-reader looks up among the array formulas when it has none of its own. */
    void cell() {
        arrayWork += arrays;
        tooMuch(arrayWork > MAX_ARRAY_WORK);
    }

    private void keep() {
        kept += length + 64;
        tooMuch(kept > MAX_FORMULA_KEPT);
    }

    private static void tooMuch(boolean over) {
        if (over) {
            throw SpreadsheetRefusal.tooLarge("文件中的公式过多或过长：请把公式复制后“选择性粘贴”为数值，再导入");
        }
    }
}
