package cn.taizhang.access.twofactor;

import io.nayuki.qrcodegen.QrCode;

/** A QR code drawn as SVG on the server, so that the secret it carries never goes to another service or a script. */
public final class QrSvg {

    private static final int BORDER = 4;
    private static final int PIXELS_PER_MODULE = 5;

    private QrSvg() {
    }

    public static String of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * BORDER;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        int pixels = size * PIXELS_PER_MODULE;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"two-factor-qr\" role=\"img\" aria-label=\"动态口令二维码\" width=\"" + pixels
                + "\" height=\"" + pixels + "\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}
