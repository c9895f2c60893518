package cn.taizhang.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data (phones, ID numbers) at rest with AES-256-GCM (PIPL: sensitive personal
 * information). The key comes from configuration (TAIZHANG_PII_KEY, base64) or, by default, from a
 * key file created once under the data folder, readable by its owner only.
 */
public final class PersonalDataCipher {

    /** The key file below the data folder, used when no key is configured. */
    public static final String KEY_FILE = "keys/pii.key";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String MAC = "HmacSHA256";
    /** What the lookup key is derived for: a new purpose, or a new scheme, takes a new label. */
    private static final String LOOKUP_LABEL = "taizhang-lookup-v1";

    private final SecretKey key;
    private final SecretKey lookupKey;
    private final SecureRandom random = new SecureRandom();

    private PersonalDataCipher(SecretKey key) {
        this.key = key;
        this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(key.getEncoded(), MAC), LOOKUP_LABEL), MAC);
    }

    public static PersonalDataCipher fromBase64Key(String base64) {
        return new PersonalDataCipher(new SecretKeySpec(Base64.getDecoder().decode(base64), "AES"));
    }

    public static PersonalDataCipher fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                Files.writeString(file, Base64.getEncoder().encodeToString(generator.generateKey().getEncoded()));
                restrictToOwner(file);
            }
            return fromBase64Key(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the personal-data key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SHA-256 of the raw key bytes, hex ({@code base64 -d pii.key | sha256sum}): names the key in a backup's
     * manifest without giving it away (a random 256-bit key cannot be found from its hash).
     */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A keyed hash of {@code value} for finding a record by an exact value that is stored only encrypted (an ID number):
     * HMAC-SHA256 under a key derived from the personal-data key (HMAC(key, "taizhang-lookup-v1")), so that one key file
     * serves both and the AES key itself never signs anything. Hex, 64 characters; the same value gives the same hash
     * under the same key. Without the key nobody can hash the few billion possible ID numbers and match them against a
     * copy of the database.
     */
    public String lookupHash(String value) {
        return value == null ? null : HexFormat.of().formatHex(hmac(lookupKey, value));
    }

    private static byte[] hmac(SecretKey key, String value) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String encoded) {
        if (encoded == null) {
            return null;
        }
        try {
            byte[] in = Base64.getDecoder().decode(encoded);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed: wrong key or damaged value", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions must protect the key
        }
    }
}
