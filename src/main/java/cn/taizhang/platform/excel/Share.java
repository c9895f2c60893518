package cn.taizhang.platform.excel;

/** A rate in [0, 1] for a sheet: written as a number formatted as a percentage with one decimal; null (nothing to divide by) is a blank cell. */
public record Share(Double value) {
}
