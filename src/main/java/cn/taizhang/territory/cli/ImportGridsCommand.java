package cn.taizhang.territory.cli;

import cn.taizhang.platform.cli.Command;
import cn.taizhang.territory.TerritoryImport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class ImportGridsCommand implements Command {

    private final TerritoryImport imports;

    ImportGridsCommand(TerritoryImport imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "import-grids";
    }

    @Override
    public String usage() {
        return "FILE  导入网格 GeoJSON（FeatureCollection，WGS-84，属性 code 与 name）";
    }

    @Override
    public int run(List<String> args) throws Exception {
        if (args.size() != 1) {
            System.err.println("用法：import-grids " + usage());
            return 1;
        }
        try (InputStream in = Files.newInputStream(Path.of(args.get(0)))) {
            return ImportReports.print(imports.importGrids(in), "网格", System.out, System.err);
        }
    }
}
