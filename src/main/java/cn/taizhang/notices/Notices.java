package cn.taizhang.notices;

/** The notices module's API: send a notice to staff (in-app list, optional webhook). */
public interface Notices {

    /** Sends in the caller's transaction; returns how many recipients got it (those who already had the same dedupKey did not). */
    int send(Notice notice);
}
