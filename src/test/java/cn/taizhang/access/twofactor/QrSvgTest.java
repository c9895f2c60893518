package cn.taizhang.access.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.QrCodes;
import org.junit.jupiter.api.Test;

class QrSvgTest {

    @Test
    void theSvgReadsBackAsTheUriItWasMadeOf() throws Exception {
        for (int i = 0; i < 300; i++) { // many secrets: one drawing mistake shows in some codes, not all
            String uri = Totp.uri("Taizhang", "demo-auditor", Base32.encode(Totp.newSecret()));
            String svg = QrSvg.of(uri);
            assertThat(svg).startsWith("<svg ").doesNotContain("otpauth").doesNotContain("style=");
            assertThat(QrCodes.readSvg(svg)).as("secret %d", i).isEqualTo(uri);
        }
    }
}
