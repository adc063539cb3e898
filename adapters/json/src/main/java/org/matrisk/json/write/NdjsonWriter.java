package org.matrisk.json.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.matrisk.assessment.Assessment;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.AssessmentWriterProvider;
import org.matrisk.output.ScanSummary;
import org.matrisk.output.WriterOptions;

/** One assessment per line, in input order. */
public final class NdjsonWriter implements AssessmentWriter {
    private final Writer out;

    public NdjsonWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void accept(Assessment a) throws IOException {
        AssessmentGson.COMPACT.toJson(a, out);
        out.write('\n');
    }

    @Override
    public void end(ScanSummary summary) throws IOException { out.flush(); }

    @Override
    public void close() throws IOException { out.flush(); }

    public static final class Provider implements AssessmentWriterProvider {
        @Override public String name() { return "ndjson"; }
        @Override public String description() { return "one assessment per line (JSON), in input order"; }
        @Override public AssessmentWriter open(OutputStream out, WriterOptions options) { return new NdjsonWriter(out); }
    }
}
