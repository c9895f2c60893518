package cn.taizhang.territory;

import java.util.List;

/**
 * The outcome of an import: either everything was written ({@code imported}, {@code count} rows or
 * features) or nothing was, and {@code errors} lists every bad row.
 */
public record ImportReport(boolean imported, int count, List<ImportError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public static ImportReport imported(int count) {
        return new ImportReport(true, count, List.of());
    }

    public static ImportReport rejected(List<ImportError> errors) {
        return new ImportReport(false, 0, errors);
    }
}
