package org.matrisk.json.write;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.SectionCoverage;
import org.matrisk.assessment.UnknownOutcome;

/**
 * The Gson configuration of the assessment contract: ISO dates ({@code "2024-08-31"}, not Gson's
 * structured java.time form), nulls written (a finding's {@code "suppression": null} is part of the
 * contract), field order as declared by the records.
 *
 * <p>Two members exist only in format version "2" and are left out, not written as null, when the
 * assessment has none: {@code coverage} and {@code decided} (a version "1" assessment is as before but
 * for {@code points}). In {@code coverage}, a section's {@code source} and {@code asAt} are written
 * only when the input gave them.
 */
public final class AssessmentGson {
    private AssessmentGson() {}

    /** Members of the assessment written only when not null. */
    private static final String[] V2_ONLY = {"coverage", "decided"};

    /**
     * Writes an assessment member by member, in record component order, each with Gson's adapter for its
     * type (as the reflective adapter would), leaving out {@link #V2_ONLY} members that are null. Reads
     * with Gson's own record adapter.
     */
    private static final TypeAdapterFactory OMIT_ABSENT_V2_MEMBERS = new TypeAdapterFactory() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != Assessment.class) return null;
            TypeAdapter<Assessment> delegate = gson.getDelegateAdapter(this, TypeToken.get(Assessment.class));
            RecordComponent[] components = Assessment.class.getRecordComponents();
            TypeAdapter<Object>[] adapters = new TypeAdapter[components.length];
            boolean[] omitNull = new boolean[components.length];
            for (int i = 0; i < components.length; i++) {
                adapters[i] = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(components[i].getGenericType()));
                omitNull[i] = List.of(V2_ONLY).contains(components[i].getName());
            }
            return (TypeAdapter<T>) new TypeAdapter<Assessment>() {
                @Override
                public void write(JsonWriter out, Assessment a) throws IOException {
                    if (a == null) {
                        out.nullValue();
                        return;
                    }
                    out.beginObject();
                    for (int i = 0; i < components.length; i++) {
                        Object v;
                        try {
                            v = components[i].getAccessor().invoke(a);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                        if (v == null && omitNull[i]) continue;
                        out.name(components[i].getName());
                        adapters[i].write(out, v);
                    }
                    out.endObject();
                }

                @Override
                public Assessment read(JsonReader in) throws IOException {
                    return delegate.read(in);
                }
            };
        }
    };

    /**
     * Writes an UNKNOWN outcome as the reflective record adapter does ({@code ruleId}, {@code pointer}, {@code missing},
     * nulls written), without reflection: a version 2 assessment can carry thousands of them. Reads with Gson's own
     * record adapter.
     */
    private static final TypeAdapterFactory UNKNOWN_OUTCOMES = new TypeAdapterFactory() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != UnknownOutcome.class) return null;
            TypeAdapter<UnknownOutcome> delegate = gson.getDelegateAdapter(this, TypeToken.get(UnknownOutcome.class));
            return (TypeAdapter<T>) new TypeAdapter<UnknownOutcome>() {
                @Override
                public void write(JsonWriter out, UnknownOutcome u) throws IOException {
                    if (u == null) {
                        out.nullValue();
                        return;
                    }
                    out.beginObject();
                    out.name("ruleId").value(u.ruleId());
                    out.name("pointer").value(u.pointer());
                    out.name("missing");
                    out.beginArray();
                    for (String m : u.missing()) out.value(m);
                    out.endArray();
                    out.endObject();
                }

                @Override
                public UnknownOutcome read(JsonReader in) throws IOException {
                    return delegate.read(in);
                }
            };
        }
    };

    private static GsonBuilder builder() {
        return new GsonBuilder()
                .serializeNulls()
                .disableHtmlEscaping()
                .registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (d, t, c) -> new JsonPrimitive(d.toString()))
                .registerTypeAdapter(LocalDate.class, (JsonDeserializer<LocalDate>) (j, t, c) -> LocalDate.parse(j.getAsString()))
                .registerTypeAdapter(SectionCoverage.class, (JsonSerializer<SectionCoverage>) (s, t, c) -> {
                    JsonObject o = new JsonObject();
                    o.addProperty("complete", s.complete());
                    if (s.source() != null) o.addProperty("source", s.source());
                    if (s.asAt() != null) o.addProperty("asAt", s.asAt());
                    return o;
                })
                .registerTypeAdapterFactory(OMIT_ABSENT_V2_MEMBERS)
                .registerTypeAdapterFactory(UNKNOWN_OUTCOMES);
    }

    public static final Gson COMPACT = builder().create();
    public static final Gson PRETTY = builder().setPrettyPrinting().create();

    public static String toJson(Assessment a) { return COMPACT.toJson(a); }

    public static Assessment fromJson(String json) { return COMPACT.fromJson(json, Assessment.class); }
}
