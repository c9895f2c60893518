package cn.taizhang.territory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.taizhang.territory.AreaCode;
import cn.taizhang.territory.ImportError;
import cn.taizhang.territory.imports.DivisionFile.Division;
import cn.taizhang.territory.imports.DivisionFile.Result;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DivisionFileTests {

    private static final String HEADER = DivisionFile.HEADER + "\n";

    private static Result read(String csv, String... existing) throws IOException {
        Set<String> codes = Set.of(existing);
        return DivisionFile.read(new StringReader(csv), code -> codes.contains(code.value()));
    }

    @Test
    void readsTheKailiDivisionList() throws IOException {
        try (var in = getClass().getResourceAsStream("/demo/kaili-522601-divisions.csv")) {
            Result result = DivisionFile.read(new InputStreamReader(in, StandardCharsets.UTF_8), code -> false);
            assertThat(result.errors()).isEmpty();
            assertThat(result.divisions()).hasSize(292);
            Division county = result.divisions().get(0);
            assertThat(county.code()).isEqualTo(AreaCode.parse("522601"));
            assertThat(county.parent()).isNull();
            assertThat(county.lng()).isEqualTo(107.97754);
            Division village = result.divisions().get(3);
            assertThat(village.line()).isEqualTo(5);
            assertThat(village.code().value()).isEqualTo("522601001002");
            assertThat(village.parent().value()).isEqualTo("522601001");
            assertThat(village.urbanRuralClass()).isEqualTo("111");
        }
    }

    @Test
    void everyBadRowIsReportedWithItsFileLine() throws IOException {
        String csv = HEADER
                + "522699000000,522600000000,虚构县,county,,100.0,40.0\n"           // 2 ok
                + "522699001000,522699000000,甲街道,town,,,\n"                       // 3 ok
                + "52269900100X,522699001000,坏代码社区,village,111,,\n"              // 4 malformed code
                + "522699001001,522699001000,甲社区,town,111,,\n"                    // 5 code inconsistent with level
                + "522699002001,522699001000,错挂社区,village,111,,\n"                // 6 code inconsistent with parent
                + "522699003001,522699003000,孤儿社区,village,111,,\n"                // 7 unknown parent
                + "522699001002,522699001000,乙社区,village,111,,\n"                 // 8 ok
                + "522699001002,522699001000,乙社区重复,village,111,,\n"              // 9 duplicate
                + "522699001003,522699001000,,village,111,,\n"                      // 10 missing name
                + "522699001004,522699001000,丁社区,village,111,200.5,40\n"          // 11 bad coordinate
                + "\n"                                                              // 12 blank, skipped
                + "522699001005,522699001000,戊社区,village,111,abc,\n"              // 13 bad coordinate
                + "522699001006,522699001000,己社区,village\n";                      // 14 wrong column count
        Result result = read(csv);
        assertThat(result.errors()).extracting(ImportError::line, ImportError::code).containsExactly(
                tuple(4, "MALFORMED_CODE"),
                tuple(5, "LEVEL_MISMATCH"),
                tuple(6, "PARENT_MISMATCH"),
                tuple(7, "UNKNOWN_PARENT"),
                tuple(9, "DUPLICATE_CODE"),
                tuple(10, "MISSING_NAME"),
                tuple(11, "BAD_COORDINATE"),
                tuple(13, "BAD_COORDINATE"),
                tuple(14, "BAD_COLUMNS"));
        assertThat(result.errors().get(0).detail()).startsWith("第4行：代码格式不正确");
        assertThat(result.errors().get(4).detail()).contains("与第8行重复");
    }

    @Test
    void aParentAlreadyInTheDatabaseIsKnown() throws IOException {
        Result result = read(HEADER + "522699003001,522699003000,新社区,village,111,,\n", "522699003");
        assertThat(result.errors()).isEmpty();
        assertThat(result.divisions()).singleElement().extracting(d -> d.parent().value()).isEqualTo("522699003");
    }

    @Test
    void aCountyMayOnlyHangUnderItsOwnPrefecture() throws IOException {
        assertThat(read(HEADER + "522699000000,,虚构县,county,,,\n").errors()).isEmpty();
        assertThat(read(HEADER + "522699000000,522700000000,虚构县,county,,,\n").errors())
                .extracting(ImportError::code).containsExactly("PARENT_MISMATCH");
    }

    @Test
    void aWrongHeaderOrAnEmptyFileIsRejectedAsAWhole() throws IOException {
        assertThat(read("code,name\n522699000000,虚构县\n").errors()).extracting(ImportError::code).containsExactly("BAD_HEADER");
        assertThat(read("").errors()).extracting(ImportError::code).containsExactly("BAD_HEADER");
        assertThat(read(HEADER).errors()).extracting(ImportError::code).containsExactly("EMPTY_FILE");
        assertThat(read("\uFEFF" + HEADER + "522699000000,,虚构县,county,,,\n").errors()).isEmpty();
    }

    @Test
    void quotedFieldsMayHoldCommas() throws IOException {
        Result result = read(HEADER + "522699000000,,\"虚构县,测试\",county,,,\n");
        assertThat(result.divisions()).singleElement().extracting(Division::name).isEqualTo("虚构县,测试");
    }
}
