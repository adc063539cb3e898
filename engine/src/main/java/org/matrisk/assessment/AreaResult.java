package org.matrisk.assessment;

public record AreaResult(Area area, Rating rating, int score, int findings) {}
