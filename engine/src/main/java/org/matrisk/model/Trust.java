package org.matrisk.model;

public record Trust(String id, String name, Enums.TrustType type, String companyNumber) {
    public static final String POINTER = "/trust";
    public boolean isMat() { return type == Enums.TrustType.MAT; }
}
