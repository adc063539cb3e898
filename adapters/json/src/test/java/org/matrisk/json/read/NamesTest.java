package org.matrisk.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.matrisk.model.Enums;

class NamesTest {

    @Test
    void everyMemberNameTheBinderSwitchesOnIsCanonical() throws IOException {
        String binder = Files.readString(Path.of("src/main/java/org/matrisk/json/read/DocumentBinder.java"));
        Matcher m = Pattern.compile("case \"(\\w+)\"").matcher(binder);
        int n = 0;
        while (m.find()) {
            String name = m.group(1).intern();   // the same instance as the literal in the binder
            assertThat(Names.canonical(new String(name.toCharArray()))).as(name).isSameAs(name);
            n++;
        }
        assertThat(n).isGreaterThan(100);
        assertThat(List.of(Names.MEMBERS)).doesNotHaveDuplicates();
    }

    @Test
    void enumNamesAreCanonicalAndOtherStringsComeBackAsTheyAre() {
        for (Class<?> c : Enums.class.getDeclaredClasses()) {
            if (!c.isEnum()) continue;
            for (Object e : c.getEnumConstants()) {
                String name = ((Enum<?>) e).name();
                assertThat(Names.canonical(new String(name.toCharArray()))).isSameAs(name);
            }
        }
        String other = new String("x-extension".toCharArray());
        assertThat(Names.canonical(other)).isSameAs(other);
        assertThat(Names.canonical("")).isEmpty();
    }

    @Test
    void limitsAreChecked() {
        assertThat(ReaderLimits.defaults()).isEqualTo(new ReaderLimits(64, 1L << 30, 1 << 20, 64, 20));
        assertThatThrownBy(() -> ReaderLimits.defaults().withMaxProblems(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadCounts(3, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
