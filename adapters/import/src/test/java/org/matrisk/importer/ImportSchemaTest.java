package org.matrisk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every document the sample import writes validates against the input contract's JSON Schema for version 2
 * (a copy of ../shared/contract/trust-data-v2.schema.json in src/test/resources/contract), with and without
 * sections asserted complete and with the second finance-system mapping.
 */
class ImportSchemaTest {
    static final Schema SCHEMA = schema();

    static Schema schema() {
        try (InputStream in = ImportSchemaTest.class.getResourceAsStream("/contract/trust-data-v2.schema.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the schema's $id is relative: give it the base it is published under in the contract folder
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(com.networknt.schema.SchemaLocation.of("file:/contract/trust-data-v2.schema.json"), text, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertValid(Samples.Result r) {
        assertThat(r.lines()).isNotEmpty();
        for (String line : r.lines()) {
            List<Error> errors = SCHEMA.validate(line, InputFormat.JSON);
            assertThat(errors).as("schema errors in %s", line.substring(0, Math.min(120, line.length()))).isEmpty();
        }
    }

    @Test
    void theSampleSetImportsToSchemaValidDocuments() {
        assertValid(Samples.run(Samples.all(Set.of())));
    }

    @Test
    void withGovernanceAssertedCompleteTheDocumentsStayValid() {
        assertValid(Samples.run(Samples.all(Set.of("governance"))));
    }

    @Test
    void theSchemaRefusesADocumentThatBreaksIt() {
        // the check can fail: a document without its required members is refused
        assertThat(SCHEMA.validate("{\"schemaVersion\":\"2\"}", InputFormat.JSON)).isNotEmpty();
    }
}
