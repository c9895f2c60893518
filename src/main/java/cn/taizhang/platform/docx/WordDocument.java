package cn.taizhang.platform.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A Word (.docx) document in the layout of a government paper (公文): a centred title in 小标宋-like bold
 * type, centred lines under it (issuer, date), headings in 黑体, body paragraphs in 仿宋 with a two-character
 * first-line indent, and simple ruled tables. Written directly as WordprocessingML: the few parts a
 * document needs are small, and no Office library is worth its weight for them.
 */
public final class WordDocument {

    public static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final List<String> blocks = new ArrayList<>();

    private WordDocument(String title) {
        blocks.add(paragraph("Title", title));
    }

    public static WordDocument titled(String title) {
        return new WordDocument(title);
    }

    /** A centred line under the title, such as the issuing office or the date. */
    public WordDocument centred(String text) {
        blocks.add(paragraph("Centred", text));
        return this;
    }

    public WordDocument heading(String text) {
        blocks.add(paragraph("Heading1", text));
        return this;
    }

    public WordDocument paragraph(String text) {
        blocks.add(paragraph(null, text));
        return this;
    }

    /** A table with a bold header row; cells are text. */
    public WordDocument table(List<String> headers, List<List<String>> rows) {
        StringBuilder t = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                + "<w:jc w:val=\"center\"/></w:tblPr>");
        t.append(row(headers, true));
        for (List<String> r : rows) {
            t.append(row(r, false));
        }
        blocks.add(t.append("</w:tbl>").toString());
        blocks.add(paragraph(null, "")); // Word needs a paragraph between a table and what follows
        return this;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", Parts.CONTENT_TYPES);
            put(zip, "_rels/.rels", Parts.PACKAGE_RELATIONSHIPS);
            put(zip, "word/_rels/document.xml.rels", Parts.DOCUMENT_RELATIONSHIPS);
            put(zip, "word/styles.xml", Parts.STYLES);
            put(zip, "word/document.xml", Parts.document(String.join("", blocks)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An HTTP download of the document, named {@code fileName} (Chinese allowed). */
    public ResponseEntity<byte[]> download(String fileName) {
        ContentDisposition disposition = ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(toBytes());
    }

    private static String paragraph(String style, String text) {
        String properties = style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
        return "<w:p>" + properties + run(text) + "</w:p>";
    }

    private static String row(List<String> cells, boolean header) {
        StringBuilder r = new StringBuilder("<w:tr>");
        if (header) {
            r.append("<w:trPr><w:tblHeader/></w:trPr>");
        }
        for (String cell : cells) {
            r.append("<w:tc><w:p><w:pPr><w:pStyle w:val=\"Cell\"/></w:pPr>")
                    .append(header ? "<w:r><w:rPr><w:b/></w:rPr>" + text(cell) + "</w:r>" : run(cell))
                    .append("</w:p></w:tc>");
        }
        return r.append("</w:tr>").toString();
    }

    private static String run(String text) {
        return text == null || text.isEmpty() ? "" : "<w:r>" + text(text) + "</w:r>";
    }

    private static String text(String text) {
        return "<w:t xml:space=\"preserve\">" + escape(text == null ? "" : text) + "</w:t>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters; drop them rather than write a broken file
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
