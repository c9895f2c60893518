package cn.taizhang.platform.backup;

import cn.taizhang.platform.crypto.PersonalDataCipher;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where this installation's personal-data key comes from, as the manifest names it (the key itself never). */
@Component
class PersonalDataKeys {

    private final boolean configured;
    private final Path keyFile;

    PersonalDataKeys(@Value("${taizhang.pii-key:}") String key, @Value("${taizhang.data-dir}") Path dataDir) {
        this.configured = !key.isBlank();
        this.keyFile = dataDir.resolve(PersonalDataCipher.KEY_FILE).toAbsolutePath().normalize();
    }

    String configuredAs() {
        return configured ? "TAIZHANG_PII_KEY" : keyFile.toString();
    }
}
