package org.matrisk.model;

import java.util.List;

/**
 * {@code interests}, {@code appointments}, {@code roles} and {@code familyOf} are never null (absent = empty).
 * Names are personal data. {@code roles} and {@code familyOf} exist in version 2 documents only.
 */
public record Person(String id, String name, Boolean employee, List<Interest> interests, List<Appointment> appointments,
                     List<Role> roles, List<FamilyLink> familyOf, String pointer) {
    /** A version 1 person (no roles, no family). */
    public Person(String id, String name, Boolean employee, List<Interest> interests, List<Appointment> appointments, String pointer) {
        this(id, name, employee, interests, appointments, List.of(), List.of(), pointer);
    }
}
