package org.matrisk.assessment;

/** Where a rule comes from: source (ATH, AFH, ...), edition, paragraph, url. */
public record Reference(String source, String edition, String paragraph, String url) {}
