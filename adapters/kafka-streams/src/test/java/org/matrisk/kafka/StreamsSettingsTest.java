package org.matrisk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.matrisk.kafka.StreamsSettings.Flow;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class StreamsSettingsTest {
    static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) p.setProperty(kv[i], kv[i + 1]);
        return p;
    }

    @Test
    void defaultsGiveEachFlowItsOwnApplicationIdAndTheAdaptersHandlers() {
        StreamsSettings s = StreamsSettings.of("127.0.0.1:9", props("application.id", "app"));
        assertThat(s.flows()).containsExactlyInAnyOrder(Flow.DOCUMENTS, Flow.LEDGER);
        assertThat(s.streams(Flow.LEDGER).getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("app");
        assertThat(s.streams(Flow.DOCUMENTS).getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("app-documents");
        assertThat(s.streams().getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(s.streams().getProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)).isEqualTo("matrisk.dead-letter");
        assertThat(s.streams().getProperty(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG)).isEqualTo(RecordErrorHandlers.Production.class.getName());
        assertThat(StreamsSettings.of("127.0.0.1:9", props("matrisk.flows", "ledger")).flows()).containsExactly(Flow.LEDGER);
    }

    @Test
    void everyProblemOfTheConfigIsReportedAtOnce() {
        assertThatThrownBy(() -> StreamsSettings.of("127.0.0.1:9", props("matrisk.ledger.retained-years", "2  # years",
                "matrisk.topik.ledger", "x", "matrisk.flows", "ledger,audit", "matrisk.topic.decisions", "matrisk.dead-letter",
                "matrisk.ledger.cached-trusts", "0", "commit.interval.ms", "soon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing was connected or created")
                .hasMessageContaining("matrisk.ledger.retained-years: the value \"2  # years\" has an end-of-line comment")
                .hasMessageContaining("matrisk.topik.ledger: unknown setting")
                .hasMessageContaining("unknown flow \"audit\"")
                .hasMessageContaining("topic \"matrisk.dead-letter\" is named for two")
                .hasMessageContaining("commit.interval.ms");
    }

    @Test
    void theRocksDbSetterBoundsEveryStoreWithOneSharedCache() {
        RocksDB.loadLibrary();
        try (Options a = new Options(); Options b = new Options()) {
            new BoundedRocksDb().setConfig("s1", a, Map.of());
            new BoundedRocksDb().setConfig("s2", b, Map.of());
            assertThat(a.writeBufferSize()).isEqualTo(4L << 20);
            assertThat(a.maxWriteBufferNumber()).isEqualTo(2);
        }
    }
}
