package org.matrisk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "matrisk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Assesses academy trusts against the Academy Trust Handbook: findings with evidence and a rating per area.")
public final class Main implements Runnable {

    /** The subcommands, in the order help lists them. */
    private static final java.util.Map<String, Class<?>> COMMANDS = new java.util.LinkedHashMap<>();
    static {
        COMMANDS.put("scan", ScanCommand.class);
        COMMANDS.put("diff", DiffCommand.class);
        COMMANDS.put("rules", RulesCommand.class);
        COMMANDS.put("explain", ExplainCommand.class);
        COMMANDS.put("generate", GenerateCommand.class);
        COMMANDS.put("stream", StreamCommand.class);
        COMMANDS.put("serve", ServeCommand.class);
        COMMANDS.put("import", ImportCommand.class);
    }

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
        // a command named first is the only one whose model picocli builds (reflecting over every command's
        // options took ~60 ms of each run); anything else (--help, help, a mistyped name) gets them all
        CommandLine cl = commandLine(args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null);
        // enum values in any case (--fail-on high), dates in the unambiguous forms of Dates.parse
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(java.time.LocalDate.class, Dates::parse);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        // a usage error: one line saying what is wrong and where help is, not the whole usage
        cl.setParameterExceptionHandler((ex, badArgs) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("matrisk: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parse) -> {
            cmd.getErr().println("matrisk: " + (e instanceof java.io.IOException io ? reason(io)
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return USAGE;
        });
        return cl.execute(args);
    }

    /** An I/O failure in words: what could not be done to which file, and why. */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs) {
            String why = fs instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
                    : fs instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : fs instanceof java.nio.file.FileAlreadyExistsException ? "it already exists"
                    : fs instanceof java.nio.file.NotDirectoryException ? "not a directory"
                    : fs.getReason() != null ? fs.getReason() : "cannot be used";
            return (fs.getFile() == null ? "" : fs.getFile() + ": ") + why;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The command line with the subcommand {@code only}, or with every subcommand and {@code help} when null. */
    static CommandLine commandLine(String only) {
        CommandLine cl = new CommandLine(new Main());
        if (only != null) cl.addSubcommand(only, COMMANDS.get(only));
        else {
            COMMANDS.forEach(cl::addSubcommand);
            cl.addSubcommand("help", CommandLine.HelpCommand.class);
        }
        return cl;
    }

    @Override
    public void run() {
        commandLine(null).usage(System.err);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"matrisk " + org.matrisk.engine.RiskEngine.VERSION};
        }
    }
}
