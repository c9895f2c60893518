package cn.taizhang.platform.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class WordDocumentTests {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void everyPartIsWellFormedXmlAndTheTextReadsInOrder() throws Exception {
        byte[] docx = WordDocument.titled("关于2026年第三季度网格化工作考评情况的通报")
                .centred("凯里市网格化服务管理中心　2026年10月8日")
                .heading("一、总体情况")
                .paragraph("排查安全隐患13232项，已整改12745项，整改率96.3%。")
                .table(List.of("名次", "单位", "得分"), List.of(List.of("1", "大十字街道", "95.2"), List.of("2", "<洗马河街道> & 其他", "")))
                .paragraph("控制字符\u0001被略去")
                .toBytes();

        Map<String, Document> parts = parts(docx);
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
                "word/styles.xml", "word/document.xml");
        assertThat(texts(parts.get("word/document.xml"))).containsExactly(
                "关于2026年第三季度网格化工作考评情况的通报", "凯里市网格化服务管理中心　2026年10月8日", "一、总体情况",
                "排查安全隐患13232项，已整改12745项，整改率96.3%。", "名次", "单位", "得分", "1", "大十字街道", "95.2", "2",
                "<洗马河街道> & 其他", "控制字符被略去");
        assertThat(parts.get("word/document.xml").getElementsByTagNameNS(W, "tr").getLength()).isEqualTo(3);
    }

    @Test
    void downloadsAsAWordAttachmentWithAChineseName() {
        var response = WordDocument.titled("通报").paragraph("正文").download("考评通报.docx");
        assertThat(response.getHeaders().getContentType()).isEqualTo(WordDocument.DOCX);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("考评通报.docx");
        assertThat(response.getBody()).startsWith('P', 'K');
    }

    static Map<String, Document> parts(byte[] docx) throws Exception {
        Map<String, Document> parts = new HashMap<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
            }
        }
        return parts;
    }

    /** The text of each paragraph with any, in document order. */
    static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        NodeList paragraphs = document.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            String text = paragraphs.item(i).getTextContent();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }
}
