package org.matrisk.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    @Test
    void stringsReadBackAsWritten() {
        for (String s : List.of("", "plain", "quote \" and backslash \\", "tab\tnew\nline\rreturn", "\u0000\u0001\u001f", "£45,000.00 — ATH 2023",
                "line\u2028separator\u2029", "emoji \uD83D\uDE00")) {
            StringBuilder b = new StringBuilder();
            EventJson.string(b, s);
            assertThat(JsonParser.parseString(b.toString()).getAsString()).isEqualTo(s);
        }
        StringBuilder b = new StringBuilder();
        EventJson.string(b, null);
        assertThat(b).hasToString("null");
    }
}
