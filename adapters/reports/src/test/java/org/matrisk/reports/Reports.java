package org.matrisk.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.matrisk.assessment.Assessment;

/** Test helpers over assessments and written reports. */
final class Reports {
    private Reports() {}

    static Assessment renamed(Assessment a, String id, String name) {
        return new Assessment(a.formatVersion(), new Assessment.TrustRef(id, name), a.period(), a.asOf(), a.engine(), a.rulePack(),
                a.inputSha256(), a.rating(), a.score(), a.areas(), a.findings(), a.unknown(), a.passed());
    }

    /** The entries of a zip (an XLSX) as text, by name, in the order of its central directory. */
    static Map<String, String> unzip(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try {
            Path tmp = Files.createTempFile("matrisk-test-", ".zip");
            try {
                Files.write(tmp, zip);
                try (ZipFile z = new ZipFile(tmp.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(z.entries())) {
                        try (InputStream in = z.getInputStream(e)) {
                            entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
