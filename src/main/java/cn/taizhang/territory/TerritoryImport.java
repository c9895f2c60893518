package cn.taizhang.territory;

import cn.taizhang.territory.geo.GridLocator;
import cn.taizhang.territory.imports.DivisionFile;
import cn.taizhang.territory.imports.GridFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the territory: division lists, grid polygons and overlays. Each call is all-or-nothing in one
 * transaction, and a rejected import reports every bad row. Imports run one at a time.
 */
@Service
public class TerritoryImport {

    private static final Pattern OVERLAY_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final ImportRepository store;
    private final OverlayRepository overlays;
    private final GridLocator grids;

    TerritoryImport(ImportRepository store, OverlayRepository overlays, GridLocator grids) {
        this.store = store;
        this.overlays = overlays;
        this.grids = grids;
    }

    /**
     * Imports a division list (UTF-8 CSV, header {@value DivisionFile#HEADER}, 12-digit statistical codes).
     * New areas are added, known ones get the file's name and attributes; re-importing a file changes nothing.
     */
    @Transactional
    public ImportReport importDivisions(InputStream csv) {
        store.lockForImport();
        DivisionFile.Result result;
        try {
            // a strict decoder: Excel saves CSV as GBK unless told otherwise, which must not pass as garbled names
            result = DivisionFile.read(new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()), memoized(store::exists));
        } catch (CharacterCodingException e) {
            return ImportReport.rejected(List.of(ImportError.ofFile("NOT_UTF8", "文件不是 UTF-8 编码，请另存为“CSV UTF-8”后重新导入")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!result.errors().isEmpty()) {
            return ImportReport.rejected(result.errors());
        }
        store.upsertDivisions(result.divisions());
        return ImportReport.imported(result.divisions().size());
    }

    /**
     * Imports grid polygons (GeoJSON FeatureCollection, WGS-84, properties {@code code} and {@code name}).
     * A grid already stored gets the file's name and polygon. Lookups use the new grids once committed.
     */
    @Transactional
    public ImportReport importGrids(InputStream geojson) {
        store.lockForImport();
        GridFile.Result result = GridFile.read(geojson,
                new GridFile.Existing(memoized(store::exists), store::gridsOf));
        if (!result.errors().isEmpty()) {
            return ImportReport.rejected(result.errors());
        }
        store.upsertGrids(result.grids());
        grids.reloadAfterCommit();
        return ImportReport.imported(result.grids().size());
    }

    /** Creates or redefines an overlay with exactly these member areas (codes of any level). */
    @Transactional
    public ImportReport defineOverlay(String code, String name, OverlayKind kind, List<String> memberCodes) {
        store.lockForImport();
        List<ImportError> errors = new ArrayList<>();
        if (code == null || !OVERLAY_CODE.matcher(code).matches()) {
            errors.add(ImportError.ofFile("BAD_CODE", "叠加区代码应为1-64位字母、数字、点、下划线或连字符"));
        }
        if (name == null || name.isBlank()) {
            errors.add(ImportError.ofFile("MISSING_NAME", "叠加区名称为空"));
        }
        if (kind == null) {
            errors.add(ImportError.ofFile("MISSING_KIND", "叠加区类型为空，应为开发区或集中安置区"));
        }
        List<AreaCode> members = new ArrayList<>();
        Set<AreaCode> seen = new HashSet<>();
        for (int i = 0; i < memberCodes.size(); i++) {
            String text = memberCodes.get(i);
            try {
                AreaCode member = AreaCode.parse(text);
                if (!seen.add(member)) {
                    errors.add(ImportError.atMember(i, "DUPLICATE_CODE", "成员 " + member + " 重复"));
                } else if (!store.exists(member)) {
                    errors.add(ImportError.atMember(i, "UNKNOWN_AREA", "成员 " + member + " 不在系统中"));
                } else {
                    members.add(member);
                }
            } catch (IllegalArgumentException e) {
                errors.add(ImportError.atMember(i, "MALFORMED_CODE", "成员代码格式不正确：" + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return ImportReport.rejected(errors);
        }
        overlays.define(code, name.strip(), kind, members);
        return ImportReport.imported(members.size());
    }

    // A file names the same parent many times; ask the database once per code.
    private static Predicate<AreaCode> memoized(Predicate<AreaCode> lookup) {
        Map<AreaCode, Boolean> known = new HashMap<>();
        return code -> known.computeIfAbsent(code, lookup::test);
    }
}
