package org.matrisk.cli;

/**
 * Runs command lines in one JVM for {@link NoCompileCliTest}, which watches the classes this JVM loads: each
 * argument is one command line, its words separated by tabs; prints each exit status on a line of its own.
 * Then it loads {@link Marker}, and after it one Drools class without running it: the class-load log shows that
 * Drools classes loaded after the marker are seen (so that none before it means none were loaded).
 */
public final class NoCompileDriver {
    private NoCompileDriver() {}

    /** Loaded once every command has run. */
    static final class Marker {
        private Marker() {}
    }

    public static void main(String[] commands) throws ClassNotFoundException {
        StringBuilder exits = new StringBuilder();
        for (String command : commands) exits.append(Main.run(command.split("\t"))).append('\n');
        Class.forName(Marker.class.getName());
        Class.forName("org.kie.api.KieServices", false, NoCompileDriver.class.getClassLoader());
        System.out.println("EXITS");
        System.out.print(exits);
        System.out.flush();
    }
}
