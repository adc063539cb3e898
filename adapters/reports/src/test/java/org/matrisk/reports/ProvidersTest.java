package org.matrisk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.output.AssessmentWriterProvider;
import org.matrisk.output.AssessmentWriters;

class ProvidersTest {
    @Test
    void theFormatsAreFoundByName() {
        assertThat(AssessmentWriters.provider("html")).isInstanceOf(HtmlReportWriter.Provider.class);
        assertThat(AssessmentWriters.provider("csv")).isInstanceOf(CsvWriter.Provider.class);
        assertThat(AssessmentWriters.provider("xlsx")).isInstanceOf(XlsxWriter.Provider.class);
        assertThat(AssessmentWriters.provider("HTML")).isInstanceOf(HtmlReportWriter.Provider.class);
        List<String> names = AssessmentWriters.available().stream().map(AssessmentWriterProvider::name).toList();
        assertThat(names).contains("csv", "html", "xlsx");
        assertThat(AssessmentWriters.available()).allSatisfy(p -> assertThat(p.description()).isNotBlank().doesNotContain("\n"));
    }

    @Test
    void andByClassName() {
        assertThat(AssessmentWriters.provider(XlsxWriter.Provider.class.getName())).isInstanceOf(XlsxWriter.Provider.class);
    }
}
