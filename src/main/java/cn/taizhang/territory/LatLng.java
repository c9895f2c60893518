package cn.taizhang.territory;

/** A position in degrees. */
public record LatLng(double lat, double lng) {
}
