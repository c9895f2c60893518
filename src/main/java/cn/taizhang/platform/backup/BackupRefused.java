package cn.taizhang.platform.backup;

/** A backup or restore that cannot go ahead; nothing was changed. The message reads "中文 / English". */
public class BackupRefused extends RuntimeException {

    public BackupRefused(String chinese, String english) {
        super(chinese + " / " + english);
    }
}
