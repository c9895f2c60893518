package cn.taizhang.inspection.patrol;

/**
 * What the seeds count of patrols: {@code patrols} the rounds, {@code personTimes} the staff and volunteers on each
 * summed (人次: one volunteer on two rounds counts twice), {@code findings} the cases the rounds reported.
 */
public record PatrolCounts(long patrols, long personTimes, long findings) {
}
