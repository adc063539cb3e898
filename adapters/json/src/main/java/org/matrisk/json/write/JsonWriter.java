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

/** A pretty-printed JSON array of assessments, in input order (always an array, even of one). */
public final class JsonWriter implements AssessmentWriter {
    private final Writer out;
    private boolean first = true;

    public JsonWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void start() throws IOException { out.write("["); }

    @Override
    public void accept(Assessment a) throws IOException {
        out.write(first ? "\n" : ",\n");
        first = false;
        AssessmentGson.PRETTY.toJson(a, out);
    }

    @Override
    public void end(ScanSummary summary) throws IOException {
        out.write(first ? "]\n" : "\n]\n");
        out.flush();
    }

    @Override
    public void close() throws IOException { out.flush(); }

    public static final class Provider implements AssessmentWriterProvider {
        @Override public String name() { return "json"; }
        @Override public String description() { return "a JSON array of assessments, pretty-printed"; }
        @Override public AssessmentWriter open(OutputStream out, WriterOptions options) { return new JsonWriter(out); }
    }
}
