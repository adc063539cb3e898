package org.matrisk.assessment;

/** An RFC 6901 pointer into the input document, the field examined there and its value as text. */
public record Evidence(String pointer, String field, String value) {}
