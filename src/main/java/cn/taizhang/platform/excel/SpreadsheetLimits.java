package cn.taizhang.platform.excel;

/**
 * How much an uploaded workbook may hold before {@link SpreadsheetReader} refuses it. Sizes are counted as the file is
 * inflated, never taken from the zip's own records, which a crafted file can fill with anything.
 *
 * @param maxFileBytes the upload itself ({@code SPREADSHEET_TOO_LARGE})
 * @param maxUncompressedBytes all parts of the file, inflated ({@code SPREADSHEET_TOO_LARGE})
 * @param maxCompressionRatio inflated to compressed bytes of one part, checked once it is past {@code ratioFromBytes}
 *     ({@code SPREADSHEET_TOO_LARGE}: a zip bomb)
 * @param ratioFromBytes the inflated size from which a part's ratio counts; below it any ratio is fine
 * @param maxDataRows non-blank rows after the header ({@code TOO_MANY_ROWS})
 * @param maxPhysicalRows rows recorded in any sheet, blank or only styled ones included ({@code TOO_MANY_ROWS})
 * @param maxSharedStrings the workbook's table of distinct texts, all of which the reader keeps in memory
 *     ({@code SPREADSHEET_TOO_LARGE})
 */
public record SpreadsheetLimits(long maxFileBytes, long maxUncompressedBytes, int maxCompressionRatio, long ratioFromBytes,
        int maxDataRows, int maxPhysicalRows, int maxSharedStrings) {

    private static final long MB = 1024 * 1024;

    public static final SpreadsheetLimits DEFAULT = new SpreadsheetLimits(50 * MB, 200 * MB, 100, 5 * MB, 200_000, 250_000, 3_000_000);

    public SpreadsheetLimits withMaxDataRows(int rows) {
        return new SpreadsheetLimits(maxFileBytes, maxUncompressedBytes, maxCompressionRatio, ratioFromBytes, rows, maxPhysicalRows,
                maxSharedStrings);
    }

    public SpreadsheetLimits withMaxUncompressedBytes(long bytes) {
        return new SpreadsheetLimits(maxFileBytes, bytes, maxCompressionRatio, ratioFromBytes, maxDataRows, maxPhysicalRows,
                maxSharedStrings);
    }
}
