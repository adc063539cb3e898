package org.matrisk.http;

import java.nio.file.Path;

/**
 * How {@code matrisk serve} runs (contract http-api.md).
 *
 * @param host             address to bind (127.0.0.1 unless told otherwise)
 * @param port             port; 0 picks a free one (the {@code listening on} line names it)
 * @param tokens           the token file, or null (then {@code insecureNoAuth} must be set)
 * @param insecureNoAuth   no authentication: every request has every scope
 * @param data             directory of the embedded database
 * @param tlsKeystore      a PKCS#12 or JKS keystore to serve HTTPS from, or null for plain HTTP
 * @param tlsPasswordFile  a file whose first line is the keystore's password
 * @param maxDocumentBytes largest request body (one document or transaction; per line for NDJSON)
 * @param maxConcurrent    requests in flight before the service answers 503 with Retry-After
 */
public record ServiceOptions(String host, int port, Path tokens, boolean insecureNoAuth, Path data, Path tlsKeystore,
                             Path tlsPasswordFile, long maxDocumentBytes, int maxConcurrent) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** 16 MiB: a request body is held in memory, unlike a file that scan streams. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L << 20;
    public static final int DEFAULT_MAX_CONCURRENT = 64;

    public ServiceOptions {
        if (host == null || host.isBlank()) host = DEFAULT_HOST;
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535, got " + port);
        if (maxDocumentBytes < 1) throw new IllegalArgumentException("--max-document-bytes must be >= 1, got " + maxDocumentBytes);
        if (maxConcurrent < 1) throw new IllegalArgumentException("--max-concurrent must be >= 1, got " + maxConcurrent);
        if (data == null) throw new IllegalArgumentException("--data DIR is required: where trust contexts and payments are kept");
        if ((tlsKeystore == null) != (tlsPasswordFile == null))
            throw new IllegalArgumentException("--tls-keystore and --tls-password-file go together");
    }

    /** Defaults with the given data directory and token file. */
    public static ServiceOptions of(Path data, Path tokens) {
        return new ServiceOptions(DEFAULT_HOST, DEFAULT_PORT, tokens, tokens == null, data, null, null, DEFAULT_MAX_DOCUMENT_BYTES,
                DEFAULT_MAX_CONCURRENT);
    }

    public ServiceOptions withPort(int p) {
        return new ServiceOptions(host, p, tokens, insecureNoAuth, data, tlsKeystore, tlsPasswordFile, maxDocumentBytes, maxConcurrent);
    }

    public ServiceOptions withMaxConcurrent(int n) {
        return new ServiceOptions(host, port, tokens, insecureNoAuth, data, tlsKeystore, tlsPasswordFile, maxDocumentBytes, n);
    }

    public ServiceOptions withMaxDocumentBytes(long n) {
        return new ServiceOptions(host, port, tokens, insecureNoAuth, data, tlsKeystore, tlsPasswordFile, n, maxConcurrent);
    }

    public ServiceOptions withTls(Path keystore, Path passwordFile) {
        return new ServiceOptions(host, port, tokens, insecureNoAuth, data, keystore, passwordFile, maxDocumentBytes, maxConcurrent);
    }
}
