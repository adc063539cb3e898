package org.matrisk.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Assessment;
import org.matrisk.engine.RiskEngine;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.ReaderLimits;

/**
 * The engine on whatever the reader accepts: a structured mutation of a valid document
 * ({@link DocumentMutator}) is parsed, and when it is {@link Parsed} the built-in rule pack assesses
 * it. The assessment must not throw and must keep the assessment contract (six areas, findings in
 * order). Seeds: {@code src/test/resources/fuzz/inputs/EngineFuzzTestInputs/}.
 */
class EngineFuzzTest {

    static final DocumentParser PARSER = new DocumentParser(ReaderLimits.defaults());
    /** Compiled when the class is set up, not inside the first fuzzed input (which would count as a hang). */
    static final RiskEngine ENGINE = RiskEngine.builtin();

    /** The mutations start from documents that are valid and assessable. */
    @Test
    void everySeedDocumentIsParsedAndAssessed() {
        for (int i = 0; i < DocumentMutator.SEEDS.size(); i++) {
            byte[] doc = DocumentMutator.SEEDS.get(i).toString().getBytes(StandardCharsets.UTF_8);
            ReadResult r = PARSER.parse(RawDocument.of(DocumentMutator.SEED_NAMES.get(i), 0, 1, doc));
            Invariants.check(r instanceof Parsed, "seed %s: %s", DocumentMutator.SEED_NAMES.get(i), r);
            Invariants.assessment(ENGINE.assess(((Parsed) r).document()));
        }
    }

    @FuzzTest
    void assessMutatedDocument(FuzzedDataProvider data) {
        byte[] doc = DocumentMutator.mutate(data);
        ReadResult r = PARSER.parse(RawDocument.of("fuzz", 0, 1, doc));
        Invariants.result(r, PARSER.limits());
        if (r instanceof Parsed p) {
            Assessment a = ENGINE.assess(p.document());
            Invariants.assessment(a);
        }
    }
}
