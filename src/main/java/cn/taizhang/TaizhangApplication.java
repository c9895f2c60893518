package cn.taizhang;

import cn.taizhang.platform.cli.CommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TaizhangApplication {

    public static void main(String[] args) {
        CommandLine.main(TaizhangApplication.class, args);
    }
}
