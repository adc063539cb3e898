package org.matrisk.json.write;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import java.time.LocalDate;
import org.matrisk.assessment.Assessment;

/**
 * The Gson configuration of the assessment contract: ISO dates ({@code "2024-08-31"}, not Gson's
 * structured java.time form), nulls written (a finding's {@code "suppression": null} is part of the
 * contract), field order as declared by the records.
 */
public final class AssessmentGson {
    private AssessmentGson() {}

    private static GsonBuilder builder() {
        return new GsonBuilder()
                .serializeNulls()
                .disableHtmlEscaping()
                .registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (d, t, c) -> new JsonPrimitive(d.toString()))
                .registerTypeAdapter(LocalDate.class, (JsonDeserializer<LocalDate>) (j, t, c) -> LocalDate.parse(j.getAsString()));
    }

    public static final Gson COMPACT = builder().create();
    public static final Gson PRETTY = builder().setPrettyPrinting().create();

    public static String toJson(Assessment a) { return COMPACT.toJson(a); }

    public static Assessment fromJson(String json) { return COMPACT.fromJson(json, Assessment.class); }
}
