package cn.taizhang.platform.photos;

import cn.taizhang.platform.Problem;
import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded photo that decodes completely, with its content type and the SHA-256 it is stored under. */
public record Photo(byte[] bytes, String contentType, String sha256) {

    /** The upload as a photo; 400 IMAGE_TOO_LARGE over 5 MB, UNSUPPORTED_IMAGE unless it is a whole JPEG or PNG. */
    public static Photo of(MultipartFile file) throws IOException {
        if (file.getSize() > PhotoCheck.MAX_BYTES) {
            throw new Problem(Problem.Kind.INVALID, "IMAGE_TOO_LARGE", "照片不能超过 5MB");
        }
        byte[] bytes = file.getBytes();
        return new Photo(bytes, PhotoCheck.contentType(bytes), PhotoStore.sha256(bytes));
    }

    public int size() {
        return bytes.length;
    }
}
