package cn.taizhang.platform.excel;

import cn.taizhang.platform.BeijingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dhatim.fastexcel.Worksheet;

/** One cell of an export: written in its kind so that Excel can sum, sort and filter it, and measured for its column's width. */
final class Cells {

    private Cells() {
    }

    /** Writes {@code v} at (r, c); text is written inline, so that a long export keeps no table of its strings in memory. */
    static void write(Worksheet sheet, int r, int c, Object v) {
        if (v == null || v instanceof Share share && !finite(share.value()) || v instanceof Number n && !finite(n)) {
            return; // nothing to show, or nothing Excel can show (NaN, infinity)
        }
        if (v instanceof Number n) {
            sheet.value(r, c, n);
        } else if (v instanceof Share share) {
            sheet.value(r, c, share.value());
            sheet.style(r, c).format("0.0%").set();
        } else if (v instanceof Boolean b) {
            sheet.inlineString(r, c, b ? "是" : "否");
        } else if (v instanceof LocalDate d) {
            sheet.value(r, c, d);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (v instanceof OffsetDateTime t) {
            time(sheet, r, c, t.toInstant());
        } else if (v instanceof Instant t) {
            time(sheet, r, c, t);
        } else {
            // a string cell, never a formula: text that starts with = + - @ stays text (no formula injection)
            sheet.inlineString(r, c, v.toString());
        }
    }

    private static boolean finite(Number n) {
        return n != null && !(n instanceof Double d && !Double.isFinite(d)) && !(n instanceof Float f && !Float.isFinite(f));
    }

    private static void time(Worksheet sheet, int r, int c, Instant t) {
        sheet.value(r, c, t.atZone(BeijingTime.ZONE).toLocalDateTime());
        sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
    }

    /** The width {@code v} takes in its column, in characters of the default font. */
    static int width(Object v) {
        if (v == null || v instanceof Share share && share.value() == null) {
            return 0;
        }
        if (v instanceof Share) {
            return "100.0%".length();
        }
        if (v instanceof Boolean) {
            return 2;
        }
        if (v instanceof LocalDate) {
            return "2026-12-31".length();
        }
        if (v instanceof OffsetDateTime || v instanceof Instant) {
            return "2026-12-31 23:59".length();
        }
        return width(v.toString());
    }

    /** A Chinese character takes about two. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
    }
}
