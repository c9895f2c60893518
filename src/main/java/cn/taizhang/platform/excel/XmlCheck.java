package cn.taizhang.platform.excel;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks one XML part of an upload with the parser fastexcel-reader uses (Aalto, DTDs off), reading no text but formulas,
 * and refuses what would make the reader slow or large: more rows than {@link SpreadsheetLimits#maxPhysicalRows()}, rows,
 * cells and shared strings bigger than any Excel writes, cell addresses beyond Excel's sheet, more shared strings than
 * allowed, and formulas that fastexcel-reader would spend too long on (it rewrites a shared formula for every cell that
 * uses it, and looks every number cell up among all array formulas). Elements are recognised by local name, as
 * fastexcel-reader does.
 */
final class XmlCheck {

    static final int MAX_COLUMNS = 16_384;
    static final int MAX_ROW_NUMBER = 1_048_576;
    static final int MAX_CELL_BYTES = 512 * 1024;
    static final int MAX_STRING_BYTES = 1024 * 1024;
    static final int MAX_ROW_BYTES = 16 * 1024 * 1024;
    /** Cell formats, number formats, sheets, relationships: Excel allows 64,000 cell formats. */
    static final int MAX_LISTED = 65_536;

    private static final XMLInputFactory FACTORY = factory();
    private static final Set<String> ENCODINGS = Set.of("UTF-8", "US-ASCII", "ISO-8859-1");
    private static final Set<String> LISTED = Set.of("xf", "numFmt", "sheet", "Relationship", "Override", "Default");

    private final XMLStreamReader r;
    private final SpreadsheetLimits limits;
    private int rows;
    private int strings;
    private int listed;
    private int cellsInRow;
    private long rowStart = -1;
    private long cellStart = -1;
    private long stringStart = -1;
    private final FormulaCost formulas = new FormulaCost();

    private XmlCheck(XMLStreamReader r, SpreadsheetLimits limits) {
        this.r = r;
        this.limits = limits;
    }

    /** Checks the part if it is XML (anything else is only counted), then reads it to its end. */
    static void check(Inflated in, SpreadsheetLimits limits) throws IOException {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
            if (reader.getEncoding() != null && !ENCODINGS.contains(reader.getEncoding().toUpperCase(Locale.ROOT))) {
                throw SpreadsheetRefusal.notASpreadsheet("文件中有非 UTF-8 编码的部件，不是 Excel 保存的工作簿");
            }
            in.xml(true);
            new XmlCheck(reader, limits).walk();
        } catch (XMLStreamException e) {
            // not XML (an image) or broken XML, which fastexcel-reader refuses in turn if it is a part it reads
        } finally {
            in.xml(false);
        }
        in.drain();
    }

    private void walk() throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(r.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(r.getLocalName());
            } else if (formulas.open() && event == XMLStreamConstants.CHARACTERS) {
                formulas.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            } else if (formulas.open() && event == XMLStreamConstants.CDATA) {
                throw SpreadsheetRefusal.damaged();
            }
        }
    }

    private void start(String name) {
        switch (name) {
            case "row" -> {
                if (rowStart >= 0) {
                    throw SpreadsheetRefusal.damaged();
                }
                if (++rows > limits.maxPhysicalRows()) {
                    throw SpreadsheetRefusal.tooManyRows("工作表超过 " + limits.maxPhysicalRows() + " 行（空行和只设了格式的行也算在内）：请删除多余的行，或分批导入");
                }
                String number = r.getAttributeValue(null, "r");
                if (number != null && !inRange(number, MAX_ROW_NUMBER)) {
                    throw SpreadsheetRefusal.beyondExcel("行号");
                }
                cellsInRow = 0;
                rowStart = offset();
            }
            case "c" -> {
                if (cellStart >= 0) {
                    throw SpreadsheetRefusal.damaged();
                }
                if (++cellsInRow > MAX_COLUMNS) {
                    throw SpreadsheetRefusal.beyondExcel("一行中的单元格数");
                }
                String ref = r.getAttributeValue(null, "r");
                if (ref != null && !cellAddress(ref)) {
                    throw SpreadsheetRefusal.beyondExcel("单元格地址");
                }
                String type = r.getAttributeValue(null, "t");
                if (!"s".equals(type) && !"inlineStr".equals(type)) {
                    formulas.cell();
                }
                cellStart = offset();
            }
            case "si" -> {
                if (stringStart >= 0) {
                    throw SpreadsheetRefusal.damaged();
                }
                if (++strings > limits.maxSharedStrings()) {
                    throw SpreadsheetRefusal.tooLarge("文件中不同的文字超过 " + limits.maxSharedStrings() + " 个，请分批导入");
                }
                stringStart = offset();
            }
            case "f" -> formulas.start(r.getAttributeValue(null, "t"), r.getAttributeValue(null, "ref"), r.getAttributeValue(null, "si"));
            default -> {
                if (LISTED.contains(name) && ++listed > MAX_LISTED) {
                    throw SpreadsheetRefusal.beyondExcel("样式、格式或工作表的数量");
                }
            }
        }
    }

    private void end(String name) {
        switch (name) {
            case "row" -> rowStart = ended(rowStart, MAX_ROW_BYTES, "一行");
            case "c" -> cellStart = ended(cellStart, MAX_CELL_BYTES, "一个单元格");
            case "si" -> stringStart = ended(stringStart, MAX_STRING_BYTES, "一段文字");
            case "f" -> formulas.end();
            default -> {
            }
        }
    }

    /** Refuses an element larger than {@code max} bytes; answers -1, the element being closed. */
    private long ended(long start, int max, String what) {
        if (start >= 0 && offset() - start > max) {
            throw SpreadsheetRefusal.tooLarge("文件中" + what + "的内容过多（超过 " + max / 1024 + " KB），无法读取");
        }
        return -1;
    }

    private long offset() {
        return r.getLocation().getCharacterOffset();
    }

    /** A1-style address within Excel's sheet (A1 to XFD1048576), as Excel writes it. */
    static boolean cellAddress(String ref) {
        int letters = 0;
        int column = 0;
        while (letters < ref.length() && letters < 4 && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
            column = column * 26 + ref.charAt(letters) - 'A' + 1;
            letters++;
        }
        return letters > 0 && column <= MAX_COLUMNS && inRange(ref.substring(letters), MAX_ROW_NUMBER);
    }

    /** A number from 1 to {@code max}, digits only. */
    static boolean inRange(String digits, int max) {
        if (digits.isEmpty() || digits.length() > 7) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= max;
    }

    /** The same parser, set up as fastexcel-reader's: no DTDs, no external entities. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        return factory;
    }
}
