package cn.taizhang.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a downloaded .docx the way a test needs it: its paragraphs and its table, as text. */
public final class Docx {

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Docx() {
    }

    /** The document part (word/document.xml) of a .docx. */
    public static Document document(byte[] docx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    /** The text of each paragraph outside tables that has text, in order. */
    public static List<String> paragraphs(Document doc) {
        List<String> texts = new ArrayList<>();
        NodeList ps = doc.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            if (!"tc".equals(p.getParentNode().getLocalName()) && !p.getTextContent().isEmpty()) {
                texts.add(p.getTextContent());
            }
        }
        return texts;
    }

    /** The first table's cells, row by row. */
    public static List<List<String>> table(Document doc) {
        List<List<String>> rows = new ArrayList<>();
        NodeList trs = ((Element) doc.getElementsByTagNameNS(W, "tbl").item(0)).getElementsByTagNameNS(W, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            List<String> cells = new ArrayList<>();
            NodeList tcs = ((Element) trs.item(i)).getElementsByTagNameNS(W, "tc");
            for (int c = 0; c < tcs.getLength(); c++) {
                cells.add(tcs.item(c).getTextContent());
            }
            rows.add(cells);
        }
        return rows;
    }
}
