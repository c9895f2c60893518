package cn.taizhang.platform.backup;

import java.nio.file.Path;

/**
 * Files a module keeps beside the database, each named by the SHA-256 of its content (photos as evidence),
 * which a backup carries with the rows that reference them. A module contributes one as a bean.
 */
public interface ContentAddressedFiles {

    /** The folder's name inside a backup, e.g. {@code evidence}. */
    String name();

    /** Where the files live in this installation. */
    Path root();

    /** SQL selecting the SHA-256 names the rows reference; run in the backup's snapshot. */
    String referencedQuery();

    /** Where the file named {@code sha256} lies below {@link #root()} (and below the backup's folder). */
    Path relativePath(String sha256);
}
