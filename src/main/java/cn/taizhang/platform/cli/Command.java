package cn.taizhang.platform.cli;

import java.util.List;

/**
 * A non-interactive task run as {@code java -jar taizhang.jar NAME ARGS...}: import, export, benchmark.
 * Any module may contribute one as a bean.
 */
public interface Command {

    String name();

    /** One line for the help text: arguments and what the command does. */
    String usage();

    /** Runs the command; the return value is the process exit code. */
    int run(List<String> args) throws Exception;
}
