package org.matrisk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "matrisk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Assesses academy trusts against the Academy Trust Handbook: findings with evidence and a rating per area.",
        subcommands = {ScanCommand.class, DiffCommand.class, RulesCommand.class, ExplainCommand.class, GenerateCommand.class, StreamCommand.class,
                ImportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status: all documents assessed. */
    public static final int OK = 0;
    /** Exit status: some finding at or above --fail-on. */
    public static final int FINDINGS = 1;
    /** Exit status: usage error or unreadable input. */
    public static final int USAGE = 2;
    /** Exit status: some documents rejected. */
    public static final int REJECTED = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setExecutionExceptionHandler((e, cmd, parse) -> {
            cmd.getErr().println("matrisk: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"matrisk " + org.matrisk.engine.RiskEngine.VERSION};
        }
    }
}
