package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `matrisk serve` is registered and refuses to start without tokens (the service itself: adapters/http tests). */
class ServeCommandTest {
    @TempDir Path dir;

    @Test
    void refusesToStartWithoutTokens() {
        CliRun r = CliRun.of("serve", "--port", "0", "--data", dir.resolve("data").toString());
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("refuses to start without --tokens FILE (or --insecure-no-auth)");
        assertThat(r.out()).doesNotContain("listening on");
        assertThat(Files.exists(dir.resolve("data"))).isFalse();
    }

    @Test
    void helpListsTheContractsOptions() {
        CliRun r = CliRun.of("serve", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--host", "--port", "--tokens", "--insecure-no-auth", "--data", "--rules", "--tls-keystore",
                "--tls-password-file", "--max-document-bytes", "--max-concurrent");
    }
}
