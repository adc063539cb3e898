package org.matrisk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.matrisk.engine.RiskEngine;
import org.matrisk.http.HttpService;
import org.matrisk.http.ServiceOptions;
import org.matrisk.http.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code matrisk serve}: the HTTP service of contract http-api.md (README "HTTP service"). */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serve assessments, inline payment checks and the rules over an authenticated HTTP API (README: HTTP service).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", paramLabel = "HOST", description = "address to bind (default ${DEFAULT-VALUE})")
    String host = ServiceOptions.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", description = "port; 0 picks a free one (default ${DEFAULT-VALUE})")
    int port = ServiceOptions.DEFAULT_PORT;

    @Option(names = "--tokens", paramLabel = "FILE", description = "bearer tokens, one per line: sha256-hex-of-token SCOPES NAME (scopes: assess, check, names)")
    Path tokens;

    @Option(names = "--insecure-no-auth", description = "serve without tokens: every request has every scope (for a laptop, never a network)")
    boolean insecureNoAuth;

    @Option(names = "--data", paramLabel = "DIR", description = "where trust contexts and recorded payments are kept, an SQLite database (default ${DEFAULT-VALUE})")
    Path data = Path.of("matrisk-data");

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "serve HTTPS with the key and certificate of this PKCS#12 or JKS keystore")
    Path tlsKeystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "the keystore's password, on the first line of FILE")
    Path tlsPasswordFile;

    @Option(names = "--max-document-bytes", paramLabel = "N", description = "largest request body, or NDJSON line (default ${DEFAULT-VALUE})")
    long maxDocumentBytes = ServiceOptions.DEFAULT_MAX_DOCUMENT_BYTES;

    @Option(names = "--max-concurrent", paramLabel = "N", description = "requests in flight before answering 503 with Retry-After (default ${DEFAULT-VALUE})")
    int maxConcurrent = ServiceOptions.DEFAULT_MAX_CONCURRENT;

    @picocli.CommandLine.Mixin
    RulePackOptions rulePacks = new RulePackOptions();

    @Override
    public Integer call() throws Exception {
        if (tokens == null && !insecureNoAuth) {
            System.err.println("matrisk: serve refuses to start without --tokens FILE (or --insecure-no-auth)");
            return Main.USAGE;
        }
        ServiceOptions options = new ServiceOptions(host, port, tokens, insecureNoAuth && tokens == null, data, tlsKeystore, tlsPasswordFile,
                maxDocumentBytes, maxConcurrent);
        // the files named are checked before the rule pack is compiled (seconds): a mistyped path fails at once
        String unusable = unreadable(tlsKeystore, "--tls-keystore");
        if (unusable == null) unusable = unreadable(tlsPasswordFile, "--tls-password-file");
        if (unusable == null && Files.exists(data) && !Files.isDirectory(data)) unusable = "--data " + data + " is not a directory";
        if (unusable != null) {
            System.err.println("matrisk: " + unusable);
            return Main.USAGE;
        }
        if (tokens != null) Tokens.load(tokens); // a missing or malformed tokens file: its error now (HttpService reads it again)
        RiskEngine engine = rulePacks.engine(System.err);
        HttpService service = HttpService.start(options, engine, System.out, System.err);
        service.awaitTermination();
        return Main.OK;
    }

    /** Why {@code file} cannot be read, or null when it can (or is not given). */
    private static String unreadable(Path file, String option) {
        if (file == null) return null;
        if (!Files.exists(file)) return "cannot read " + option + " " + file + ": no such file";
        if (!Files.isRegularFile(file)) return "cannot read " + option + " " + file + ": not a file";
        if (!Files.isReadable(file)) return "cannot read " + option + " " + file + ": permission denied";
        return null;
    }
}
