package cn.taizhang.territory.cli;

import cn.taizhang.platform.cli.Command;
import cn.taizhang.territory.TerritoryImport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class ImportDivisionsCommand implements Command {

    private final TerritoryImport imports;

    ImportDivisionsCommand(TerritoryImport imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "import-divisions";
    }

    @Override
    public String usage() {
        return "FILE  导入区划 CSV（code,parent_code,name,level,urban_rural_class,lng,lat）";
    }

    @Override
    public int run(List<String> args) throws Exception {
        if (args.size() != 1) {
            System.err.println("用法：import-divisions " + usage());
            return 1;
        }
        try (InputStream in = Files.newInputStream(Path.of(args.get(0)))) {
            return ImportReports.print(imports.importDivisions(in), "区划", System.out, System.err);
        }
    }
}
