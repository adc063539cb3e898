package org.matrisk.kafka;

import org.apache.kafka.common.serialization.Serde;

/** A topic with the serdes of its keys and values: declared once, used by every source and sink of it. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {}
