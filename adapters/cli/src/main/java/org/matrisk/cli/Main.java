package org.matrisk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "matrisk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Assesses academy trusts against the Academy Trust Handbook: findings with evidence and a rating per area.",
        subcommands = {ScanCommand.class, DiffCommand.class, RulesCommand.class, ExplainCommand.class, GenerateCommand.class, StreamCommand.class,
                ServeCommand.class, ImportCommand.class,
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
