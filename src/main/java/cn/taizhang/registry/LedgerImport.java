package cn.taizhang.registry;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.excel.ImportError;
import cn.taizhang.platform.excel.SheetColumn;
import cn.taizhang.platform.excel.SheetRow;
import cn.taizhang.platform.excel.SpreadsheetReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * The part of every registry's Excel import that does not depend on the registry: reading the sheet in its ledger's
 * columns, turning each row into the API's JSON and checking it with the registry's own form, so that a row fails for
 * exactly the reasons a request would — named by row (as Excel numbers them) and column (its Chinese header) — and
 * finding the rows that repeat another row's key. Writing is the registry's.
 */
public final class LedgerImport<T, N> {

    /** {@code all} (the default): nothing is written unless every row is clean; {@code valid}: the clean rows are written. */
    public enum Mode {
        ALL, VALID;

        public static Mode of(String text) {
            if (text == null || text.isBlank() || text.strip().equals("all")) {
                return ALL;
            }
            if (text.strip().equals("valid")) {
                return VALID;
            }
            throw Problem.invalid(List.of(new FieldProblem("mode", "INVALID_FIELD", "mode：导入方式须为 all（全部无误才写入）或 valid（只写入无误的行）")));
        }
    }

    /** A checked row: its Excel row number and what the form made of it. */
    public record Checked<N>(int row, N record) {
    }

    /** The rows that passed and the errors of those that did not. */
    public record Outcome<N>(int rows, List<Checked<N>> clean, List<ImportError> errors) {
    }

    private static final int BATCH = 1_000;

    private final Ledger<T> ledger;
    private final String keyHeader;

    /** {@code keyHeader}: the column that identifies a record (统一社会信用代码), checked for repeats within the file. */
    public LedgerImport(Ledger<T> ledger, String keyHeader) {
        this.ledger = ledger;
        this.keyHeader = keyHeader;
    }

    /** The bytes of an uploaded file, or a 400 naming {@code file} when there is none. */
    public static byte[] upload(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw Problem.invalid(List.of(new FieldProblem("file", "REQUIRED", "file：请上传要导入的 Excel 文件（.xlsx）")));
        }
        return file.getBytes();
    }

    /** Hands {@code all} to {@code write} a thousand at a time: an import writes its rows and their history lines in such batches. */
    public static <T> void inBatches(List<T> all, Consumer<List<T>> write) {
        for (int from = 0; from < all.size(); from += BATCH) {
            write.accept(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
    }

    /** The sheet's columns: every column of the export (so that an exported sheet reads back), required as the ledger says. */
    public List<SheetColumn> sheetColumns() {
        return ledger.columns().stream().map(c -> new SheetColumn(c.header(), c.imported() && c.required(), c.format())).toList();
    }

    /** The template's columns: those an import reads. */
    public List<SheetColumn> templateColumns() {
        return ledger.columns().stream().filter(LedgerColumn::imported).map(c -> new SheetColumn(c.header(), c.required(), c.format())).toList();
    }

    /** Reads and checks every row with {@code form} (which throws the API's {@link Problem} for a bad one); {@code key} names the record. */
    public Outcome<N> check(byte[] file, Function<JsonNode, N> form, Function<N, String> key) {
        List<Checked<N>> clean = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int rows = new SpreadsheetReader(sheetColumns()).read(file, row -> {
            try {
                N record = form.apply(ledger.json(row.cells()));
                Integer first = seen.putIfAbsent(key.apply(record), row.row());
                if (first != null) {
                    errors.add(ImportError.at(row.row(), keyHeader, "DUPLICATE_IN_FILE", "与第 " + first + " 行重复"));
                } else {
                    clean.add(new Checked<>(row.row(), record));
                }
            } catch (Problem p) {
                errors.addAll(errorsOf(row, p));
            }
        });
        return new Outcome<>(rows, clean, errors);
    }

    private List<ImportError> errorsOf(SheetRow row, Problem p) {
        if (p.errors().isEmpty()) {
            return List.of(ImportError.ofRow(row.row(), p.code(), p.getMessage()));
        }
        return p.errors().stream().map(f -> {
            Optional<String> header = ledger.headerOf(f.field());
            String detail = f.detail().startsWith(f.field() + "：") ? f.detail().substring(f.field().length() + 1) : f.detail();
            return header.map(h -> ImportError.at(row.row(), h, f.code(), detail)).orElseGet(() -> ImportError.ofRow(row.row(), f.code(), detail));
        }).toList();
    }
}
