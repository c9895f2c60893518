package cn.taizhang.platform.excel;

import java.util.List;

/**
 * Where a streamed export puts its rows, one at a time, in order (see {@link ExcelSheet#write(java.io.OutputStream, String,
 * List, java.util.function.Consumer)}). A row is a list of cells, column by column, of the kinds {@link ExcelSheet} writes;
 * the sink is done with the list once {@link #add} returns, so the caller may reuse it.
 */
@FunctionalInterface
public interface RowSink {

    void add(List<?> row);
}
