package org.matrisk.bench.rules;

import java.util.ArrayList;
import java.util.List;
import org.matrisk.fixtures.generate.GeneratorOptions;
import org.matrisk.fixtures.generate.TrustGenerator;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.model.TrustDocument;

/** Generated trust documents, parsed and validated by the production reader (as {@code matrisk scan} reads them). */
public final class BenchData {
    private BenchData() {}

    /** The documents of {@code options}, in order; a document the reader rejects is an error. */
    public static List<TrustDocument> documents(GeneratorOptions options) {
        TrustGenerator gen = new TrustGenerator(options);
        DocumentParser parser = new DocumentParser();
        List<TrustDocument> docs = new ArrayList<>(options.trusts());
        for (int i = 0; i < options.trusts(); i++) {
            ReadResult r = parser.parse(RawDocument.of("generated", 0, i + 1L, gen.document(i)));
            if (!(r instanceof Parsed p)) throw new IllegalStateException("generated document " + i + " rejected: " + r);
            docs.add(p.document());
        }
        return docs;
    }

    public static long transactions(List<TrustDocument> docs) {
        long n = 0;
        for (TrustDocument d : docs) n += d.transactions() == null ? 0 : d.transactions().size();
        return n;
    }
}
