package org.matrisk.http;

import java.nio.file.Path;
import org.matrisk.engine.RiskEngine;

/** The service as its own process (for {@link KillNineTest}): {@code DATA-DIR TOKEN-FILE}; exits 0 after SIGTERM. */
public final class ServeProcessMain {
    private ServeProcessMain() {}

    public static void main(String[] args) throws Exception {
        ServiceOptions o = new ServiceOptions("127.0.0.1", 0, Path.of(args[1]), false, Path.of(args[0]), null, null,
                ServiceOptions.DEFAULT_MAX_DOCUMENT_BYTES, ServiceOptions.DEFAULT_MAX_CONCURRENT);
        HttpService s = HttpService.start(o, RiskEngine.builtin(), System.out, System.err);
        s.awaitTermination();
        System.exit(0);
    }
}
