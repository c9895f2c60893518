package cn.taizhang.service;

/**
 * The enterprise service's figures for an area and period: visits dated in it, the problems they collected and how many
 * are solved now (their cases closed), the rest in progress; the same for the hard ones (疑难问题事项).
 */
public record ServiceCounts(long visits, long problems, long problemsSolved, long problemsInProgress, long hardProblems, long hardSolved,
        long hardInProgress) {

    static ServiceCounts of(long visits, long problems, long solved, long hard, long hardSolved) {
        return new ServiceCounts(visits, problems, solved, problems - solved, hard, hardSolved, hard - hardSolved);
    }

    /** As the seeds put it, after who visited: "领导走访企业、项目606次，收集困难和问题430个，协调解决324个，…". */
    public String sentence() {
        return "领导走访企业、项目" + visits + "次，收集困难和问题" + problems + "个，协调解决" + problemsSolved + "个，剩余" + problemsInProgress
                + "个正在积极推进中；疑难问题事项" + hardProblems + "个，已协调解决" + hardSolved + "个，剩余" + hardInProgress + "个正在积极推进中。";
    }
}
