package cn.taizhang.registry;

import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * One column of a registry's ledger (台账): its Chinese header, the value a record shows in it (typed, for Excel), and
 * how an imported cell becomes the API field {@code field} (a dotted path such as {@code union.members}). A column
 * without a reader is shown and exported only (a name looked up from a code, a time); an import ignores it. A required
 * column must be in an imported file's header; {@code format} tells the template's reader what to write in it.
 */
public record LedgerColumn<T>(String field, String header, Function<T, Object> value, CellReader reader, boolean required, String format) {

    public LedgerColumn(String field, String header, Function<T, Object> value, CellReader reader) {
        this(field, header, value, reader, false, "");
    }

    /** The same column, which an import file must have, filled as {@code format} says (for the template's 填写说明). */
    public LedgerColumn<T> required(String format) {
        return new LedgerColumn<>(field, header, value, reader, true, format);
    }

    /** The same column, optional in an import file, filled as {@code format} says. */
    public LedgerColumn<T> optional(String format) {
        return new LedgerColumn<>(field, header, value, reader, false, format);
    }

    /** Puts an imported cell's text into the request the import builds; a text that cannot be converted is put as it is, so that the form names the problem. */
    @FunctionalInterface
    public interface CellReader {
        void read(String text, ObjectNode into, String field);
    }

    public boolean imported() {
        return reader != null;
    }

    /** Puts {@code value} at the dotted path {@code field} of {@code into}, creating the objects on the way. */
    public static ObjectNode parent(ObjectNode into, String field) {
        ObjectNode node = into;
        String[] parts = field.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        return node;
    }

    public static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
