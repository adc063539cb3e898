package org.matrisk.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The facts gathered for the documents, trust by trust, before they are written. */
final class Build {
    private Build() {}

    static final class Trust {
        final String uid;       // GIAS Group UID
        String id;              // GIAS Group ID (TRnnnnn), the document's trust id
        String name;
        String companyNumber;
        String type;            // MAT | SAT
        final Map<String, Academy> academies = new TreeMap<>();
        final List<Person> people = new ArrayList<>();
        final Map<String, Person> peopleByKey = new LinkedHashMap<>();
        final List<Notice> notices = new ArrayList<>();
        final Map<String, Party> parties = new LinkedHashMap<>();
        final List<Payment> payments = new ArrayList<>();
        LocalDate accountsFiledOn;
        String accountsFilingSource;
        boolean governanceSeen;

        Trust(String uid) {
            this.uid = uid;
        }

        Person person(String key) {
            return peopleByKey.get(key);
        }

        Person addPerson(String key, String name) {
            Person p = new Person(key, name);
            people.add(p);
            peopleByKey.put(key, p);
            return p;
        }
    }

    static final class Academy {
        final String urn;
        String name;
        String phase;
        Integer pupils;
        LocalDate joinedOn;
        LocalDate closedOn;
        boolean establishmentSeen;
        final List<Ofsted> ofsted = new ArrayList<>();

        Academy(String urn) {
            this.urn = urn;
        }
    }

    record Ofsted(LocalDate date, String grade) {}

    static final class Person {
        final String key;       // the matching key (Values.nameKey)
        final String name;      // as the first source gave it
        String id;
        final List<Role> roles = new ArrayList<>();
        final List<Appointment> appointments = new ArrayList<>();
        final List<Interest> interests = new ArrayList<>();
        String officerId;       // Companies House officer id, when matched
        Integer birthMonth;
        Integer birthYear;
        boolean appointmentsKnown;
        java.nio.file.Path appointmentsFile;

        Person(String key, String name) {
            this.key = key;
            this.name = name;
        }
    }

    record Role(String role, LocalDate from, LocalDate to, LocalDate knownUntil, String academyUrn) {}

    record Appointment(String companyNumber, String role, LocalDate from, LocalDate to, LocalDate knownUntil) {}

    record Interest(String partyId, String nature, LocalDate declaredOn) {}

    record Notice(String id, String kind, String academyUrn, LocalDate issuedOn, LocalDate liftedOn, LocalDate publishedOn, LocalDate knownUntil) {}

    static final class Party {
        final String id;
        final String name;
        final String companyNumber;

        Party(String id, String name, String companyNumber) {
            this.id = id;
            this.name = name;
            this.companyNumber = companyNumber;
        }
    }

    record Payment(String id, LocalDate date, String partyId, BigDecimal amount) {}
}
