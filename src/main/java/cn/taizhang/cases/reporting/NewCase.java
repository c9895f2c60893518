package cn.taizhang.cases.reporting;

import cn.taizhang.cases.CaseSource;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.territory.Crs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** A report as it arrives: {@code location} or {@code gridCode} places it; {@code clientId} makes retries safe. */
public record NewCase(String clientId, String type, String severity, String description, String sector, Location location, String gridCode,
        String address, String source, Subject subject) {

    static final int MAX_DESCRIPTION = 2000;
    private static final Pattern GRID_CODE = Pattern.compile("\\d{15}");

    public record Location(Double lat, Double lng, String crs) {
    }

    /** The registry record the case is about (cases.CaseSubjects), e.g. {@code {"kind": "enterprise", "id": 12}}. */
    public record Subject(String kind, Long id) {
    }

    /** The problems found without looking anything up; the type, severity and sector are checked against the catalogue later. */
    List<FieldProblem> problems(boolean clientIdRequired) {
        List<FieldProblem> problems = new ArrayList<>();
        if (clientId == null ? clientIdRequired : uuid() == null) {
            problems.add(new FieldProblem("clientId", clientId == null ? "REQUIRED" : "INVALID_FIELD", "clientId 须为 UUID"));
        }
        if (blank(type)) {
            problems.add(new FieldProblem("type", "REQUIRED", "请选择事项类型"));
        }
        if (blank(description)) {
            problems.add(new FieldProblem("description", "REQUIRED", "请填写问题描述"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "TOO_LONG", "问题描述不能超过 " + MAX_DESCRIPTION + " 字"));
        }
        if (address != null && address.length() > 500) {
            problems.add(new FieldProblem("address", "TOO_LONG", "地址不能超过 500 字"));
        }
        if (blank(source)) {
            problems.add(new FieldProblem("source", "REQUIRED", "请填写来源"));
        } else if (CaseSource.fromCode(source).isEmpty()) {
            problems.add(new FieldProblem("source", "INVALID_FIELD", "来源须为 " + CaseSource.codes() + " 之一"));
        }
        if (location != null) {
            if (location.lat() == null || location.lat() < -90 || location.lat() > 90) {
                problems.add(new FieldProblem("location.lat", "INVALID_FIELD", "纬度须在 -90 到 90 之间"));
            }
            if (location.lng() == null || location.lng() < -180 || location.lng() > 180) {
                problems.add(new FieldProblem("location.lng", "INVALID_FIELD", "经度须在 -180 到 180 之间"));
            }
            if (location.crs() != null && Crs.fromId(location.crs()).isEmpty()) {
                problems.add(new FieldProblem("location.crs", "INVALID_FIELD", "坐标系须为 wgs84、gcj02 或 bd09"));
            }
        } else if (blank(gridCode) && subject == null) {
            problems.add(new FieldProblem("gridCode", "REQUIRED", "请提供位置或网格编码"));
        } else if (!blank(gridCode) && !GRID_CODE.matcher(gridCode).matches()) {
            problems.add(new FieldProblem("gridCode", "INVALID_FIELD", "网格编码须为 15 位数字"));
        }
        if (subject != null && (blank(subject.kind()) || subject.id() == null)) {
            problems.add(new FieldProblem("subject", "INVALID_FIELD", "subject 须包含台账类型 kind 和编号 id"));
        }
        return problems;
    }

    UUID uuid() {
        try {
            return clientId == null ? null : UUID.fromString(clientId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Crs crs() {
        return location == null || location.crs() == null ? Crs.WGS84 : Crs.fromId(location.crs()).orElseThrow();
    }

    /** What a retry must repeat exactly: the report's content and who sends it. */
    String hash(long reporterId) {
        String canonical = String.join("\u001f", String.valueOf(reporterId), type, String.valueOf(severity), description,
                String.valueOf(sector), location == null ? "-" : location.lat() + "," + location.lng() + "," + crs(),
                String.valueOf(gridCode), String.valueOf(address), source)
                + (subject == null ? "" : "\u001f" + subject.kind() + ":" + subject.id()); // without one, as hashed before subjects
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
