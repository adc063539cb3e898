package org.matrisk.model;

import java.util.List;

/** {@code interests} and {@code appointments} are never null (absent = empty). Names are personal data. */
public record Person(String id, String name, Boolean employee, List<Interest> interests, List<Appointment> appointments, String pointer) {}
