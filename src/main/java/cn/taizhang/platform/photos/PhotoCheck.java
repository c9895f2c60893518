package cn.taizhang.platform.photos;

import cn.taizhang.platform.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decides whether an upload is a photo by decoding all of it, whatever it is called or claims to be: a
 * PNG signature followed by a web page, or a JPEG cut off in transfer, is not one. JPEG and PNG only: the
 * JDK has no WebP decoder, and checking a WebP container's structure would not show that its picture
 * decodes; phone cameras and the report form's camera capture give JPEG.
 */
public final class PhotoCheck {

    /** The largest photo accepted, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Above a 108-megapixel phone camera; a small file declaring more is a decompression bomb. */
    static final long MAX_PIXELS = 120_000_000L;

    /** Every byte is decoded, but into about this many pixels (sub-sampled), so that memory stays small. */
    private static final long DECODED_PIXELS = 1_000_000L;

    private static final Map<String, String> CONTENT_TYPES = Map.of("jpeg", "image/jpeg", "png", "image/png");

    private PhotoCheck() {
    }

    /** The content type of a photo that decodes completely; otherwise 400 UNSUPPORTED_IMAGE (or IMAGE_TOO_LARGE). */
    public static String contentType(byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unsupported();
            }
            ImageReader reader = readers.next();
            try {
                String type = CONTENT_TYPES.get(reader.getFormatName().toLowerCase(Locale.ROOT));
                if (type == null) {
                    throw unsupported();
                }
                reader.setInput(in, true, true);
                decodeAll(reader);
                return type;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem problem) {
                throw problem;
            }
            // decoders throw anything from IIOException to IndexOutOfBounds on damaged or crafted bytes
            throw unsupported();
        }
    }

    private static void decodeAll(ImageReader reader) throws IOException {
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_PIXELS) {
            throw new Problem(Problem.Kind.INVALID, "IMAGE_TOO_LARGE", "照片像素过多（不能超过 1.2 亿像素）");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        // the JPEG decoder reports missing or corrupt data as a warning and fills in grey
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        reader.read(0, param);
        if (!warnings.isEmpty()) {
            throw unsupported();
        }
    }

    private static Problem unsupported() {
        return new Problem(Problem.Kind.INVALID, "UNSUPPORTED_IMAGE", "只能上传完整的 JPEG 或 PNG 格式照片");
    }
}
