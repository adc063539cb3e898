package org.matrisk.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence, for what the processors cannot see: a record that cannot be deserialised, or an
 * output the producer cannot write (e.g. a broker whose {@code message.max.bytes} is below the adapter's
 * {@value Keys#MAX_OUTPUT_BYTES}-byte outputs). The input record goes to the dead-letter topic
 * ({@link StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG}, set by {@link StreamsSettings}) with kind
 * {@code UNREADABLE_RECORD} or {@code PRODUCTION_FAILED}, bounded like every dead letter, the cause is logged,
 * and processing goes on. Retriable send errors are retried, as by Kafka's default handler.
 */
final class RecordErrorHandlers {
    private RecordErrorHandlers() {}

    private static final Logger LOG = LoggerFactory.getLogger(RecordErrorHandlers.class);

    static ProducerRecord<byte[], byte[]> deadLetter(String topic, ErrorHandlerContext ctx, String kind, String reason) {
        byte[] value = ctx.sourceRawValue();
        Headers h = DeadLetter.headers(ctx.headers() == null ? new org.apache.kafka.common.header.internals.RecordHeaders() : ctx.headers(),
                value, kind, reason, "", null);
        h.add(DeadLetter.SOURCE_TOPIC, String.valueOf(ctx.topic()).getBytes(StandardCharsets.UTF_8));
        h.add(DeadLetter.SOURCE_PARTITION, Integer.toString(ctx.partition()).getBytes(StandardCharsets.UTF_8));
        h.add(DeadLetter.SOURCE_OFFSET, Long.toString(ctx.offset()).getBytes(StandardCharsets.UTF_8));
        byte[] key = ctx.sourceRawKey();
        if (key != null && key.length > DeadLetter.MAX_KEY_BYTES) key = java.util.Arrays.copyOf(key, DeadLetter.MAX_KEY_BYTES);
        return new ProducerRecord<>(topic, null, ctx.timestamp() > 0 ? ctx.timestamp() : null, key, DeadLetter.value(value), h);
    }

    private static String topic(Map<String, ?> configs) {
        Object t = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        return t == null ? null : t.toString();
    }

    /** Routes an output the producer refused (not retriable) to the dead-letter topic, as its input record. */
    public static final class Production implements ProductionExceptionHandler {
        private String topic;

        @Override
        public void configure(Map<String, ?> configs) { topic = topic(configs); }

        @Override
        public Response handleError(ErrorHandlerContext ctx, ProducerRecord<byte[], byte[]> record, Exception e) {
            if (e instanceof RetriableException) return Response.retry();
            String reason = "the output to " + record.topic() + " could not be written: " + e;
            if (topic == null || topic.equals(record.topic())) {
                LOG.error("{} (input {}-{}@{}); it is dropped: no dead-letter topic can take it", reason, ctx.topic(), ctx.partition(), ctx.offset());
                return Response.resume();
            }
            LOG.error("{} (input {}-{}@{}); the input goes to {}", reason, ctx.topic(), ctx.partition(), ctx.offset(), topic);
            return Response.resume(List.of(deadLetter(topic, ctx, "PRODUCTION_FAILED", reason)));
        }

        @Override
        public Response handleSerializationError(ErrorHandlerContext ctx, ProducerRecord record, Exception e, SerializationExceptionOrigin origin) {
            String reason = "the output to " + record.topic() + " could not be serialised (" + origin + "): " + e;
            LOG.error("{} (input {}-{}@{})", reason, ctx.topic(), ctx.partition(), ctx.offset());
            return topic == null ? Response.resume() : Response.resume(List.of(deadLetter(topic, ctx, "PRODUCTION_FAILED", reason)));
        }
    }

    /** Routes a record that cannot be deserialised to the dead-letter topic. */
    public static final class Deserialization implements DeserializationExceptionHandler {
        private String topic;

        @Override
        public void configure(Map<String, ?> configs) { topic = topic(configs); }

        @Override
        public Response handleError(ErrorHandlerContext ctx, ConsumerRecord<byte[], byte[]> record, Exception e) {
            String reason = "the record could not be deserialised: " + e;
            LOG.warn("{} ({}-{}@{}); it goes to {}", reason, record.topic(), record.partition(), record.offset(), topic);
            return topic == null ? Response.resume() : Response.resume(List.of(deadLetter(topic, ctx, "UNREADABLE_RECORD", reason)));
        }
    }
}
