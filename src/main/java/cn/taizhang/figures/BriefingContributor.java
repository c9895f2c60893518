package cn.taizhang.figures;

import java.util.List;

/**
 * A module's part of a briefing (简报): sections about its own figures for the area and period asked, written in the
 * register of the seeds ("共排查安全隐患13232项，已整改12745项，整改率96.3%"). The briefing asks every contributor in
 * the order of their {@code @Order}, numbers the sections they return (一、二、…) and writes nothing of its own but
 * the title and the annex: implement this (as a Spring bean) to put a module's figures into the next briefing.
 * The cases are the first contributor (总体情况 and a section per category of case type).
 */
public interface BriefingContributor {

    /** Its sections, in order; none when it has nothing to report for this area and period. */
    List<BriefingSection> sections(BriefingRequest request);
}
