package org.matrisk.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Files of a source directory and the date of each file. */
final class Sources {
    private Sources() {}

    private static final Pattern STAMP = Pattern.compile("(20\\d{2})[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\\d|3[01])");

    /** The regular files directly in {@code dir} with one of the extensions, sorted by name. */
    static List<Path> files(Path dir, String... extensions) {
        if (!Files.isDirectory(dir)) throw new ImportException(dir + ": not a directory");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                for (String e : extensions) if (n.endsWith("." + e)) return true;
                return false;
            }).sorted().toList();
        } catch (IOException e) {
            throw new ImportException(dir + ": cannot be listed: " + e.getMessage(), e);
        }
    }

    /**
     * The date a file's data stands at: the yyyymmdd stamp in its name when there is one (GIAS names its downloads
     * so: {@code edubasealldata20250901.csv}), else the day it was last modified (UTC).
     */
    static LocalDate dateOf(Path file) {
        Matcher m = STAMP.matcher(file.getFileName().toString());
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (RuntimeException ignored) {
                // not a real day: fall through
            }
        }
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        } catch (IOException e) {
            return null;
        }
    }

    /** "file (date)" as written in a coverage source. */
    static String cite(Path file) {
        LocalDate d = dateOf(file);
        return file.getFileName() + (d == null ? "" : " " + d);
    }
}
