package cn.taizhang.platform.photos;

/**
 * The photos a module's rows reference, so that the cleaner keeps them and a backup carries them. A module that stores
 * photos in the {@link PhotoStore} contributes one as a bean.
 */
public interface PhotoReferences {

    /** SQL selecting the SHA-256 names of the photos the module's rows reference, in one column. */
    String referencedQuery();
}
