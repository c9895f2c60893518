package cn.taizhang.demo.history;

/** A grid cases are reported in: its code, the names of its town and village, and a representative point if known. */
public record Spot(String gridCode, String townName, String villageName, Double lat, Double lng) {
}
