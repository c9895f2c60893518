package cn.taizhang.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/** Real photos for uploads, and where the photo store keeps one. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png() {
        return image("png", 0);
    }

    /** A real photo of 64 × 48 pixels whose colour (and so its SHA-256) depends on {@code salt}. */
    public static byte[] jpeg(int salt) {
        return image("jpeg", salt);
    }

    /** Where the photo store under {@code dataDir} keeps these bytes. */
    public static Path stored(Path dataDir, byte[] bytes) {
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return dataDir.resolve("evidence").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] image(String format, int salt) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(Math.floorMod(salt * 37, 256), Math.floorMod(salt * 91, 256), 200));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.drawString(Integer.toString(salt), 4, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
