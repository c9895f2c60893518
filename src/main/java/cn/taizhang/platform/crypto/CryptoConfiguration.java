package cn.taizhang.platform.crypto;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    PersonalDataCipher personalDataCipher(@Value("${taizhang.pii-key:}") String key, @Value("${taizhang.data-dir}") Path dataDir) {
        return key.isBlank() ? PersonalDataCipher.fromKeyFile(dataDir.resolve(PersonalDataCipher.KEY_FILE)) : PersonalDataCipher.fromBase64Key(key);
    }
}
