package org.matrisk.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.ReaderLimits;

/**
 * The parser on structured mutations of valid documents ({@link DocumentMutator}): each mutated
 * document is read as one file (splitter and parser), as an NDJSON line, and parsed directly.
 * Seeds: {@code src/test/resources/fuzz/inputs/MutationFuzzTestInputs/}; the seed
 * documents are in {@code src/test/resources/fuzz/seeds/}.
 */
class MutationFuzzTest {

    static final DocumentParser PARSER = new DocumentParser(ReaderLimits.defaults());

    @FuzzTest
    void mutatedDocument(FuzzedDataProvider data) {
        byte[] doc = DocumentMutator.mutate(data);
        ReadResult direct = PARSER.parse(RawDocument.of("fuzz", 0, 1, doc));
        Invariants.result(direct, PARSER.limits());
        long[] asFile = ReaderFuzzTest.read(doc, ReaderFuzzTest.Mode.JSON, PARSER);
        if (asFile[0] == 1 && startsWithObject(doc)) {
            // one object in the file: the splitter must not change the verdict (an array is a batch in a file)
            Invariants.check((asFile[1] == 1) == (direct instanceof org.matrisk.json.read.Parsed),
                    "as a file: %s parsed; directly: %s; document: %.3000s", asFile[1] == 1, direct,
                    new String(doc, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static boolean startsWithObject(byte[] doc) {
        for (byte b : doc) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') continue;
            return b == '{';
        }
        return false;
    }
}
