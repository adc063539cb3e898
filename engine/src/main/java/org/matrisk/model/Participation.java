package org.matrisk.model;

public record Participation(Boolean peerReview, Boolean trustQualityAssurance, Boolean sharedCurriculum, Boolean centralFinance, Boolean trustDataReporting) {}
