package org.matrisk.kafka;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.Problem;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.Rejected;
import org.matrisk.model.Enums;
import org.matrisk.model.Interest;
import org.matrisk.model.Notice;
import org.matrisk.model.Party;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;

/**
 * Reads one ledger event ({@link LedgerEvent}) from a record's bytes, checking it against the
 * trust-data contract's conventions: strict UTF-8, one JSON object without duplicate keys, required
 * fields present, dates that exist ({@code YYYY-MM-DD}), known enum values, money as a number of pounds
 * with at most two decimals by value, at most 15 digits before the point and not negative. A CONTEXT
 * event's document is read by the contract's own {@link DocumentParser}. Thread-safe.
 */
final class LedgerEventReader {

    /** The outcome: an event, or what is wrong with the record. */
    sealed interface Result permits Ok, Bad {}

    record Ok(LedgerEvent event) implements Result {}

    /** @param kind a {@link DeadLetter#KIND}; @param problems every problem, the first one named by pointer and reason */
    record Bad(String kind, List<Problem> problems) implements Result {
        Bad(String kind, String pointer, String reason) { this(kind, List.of(new Problem(pointer, reason))); }
        String pointer() { return problems.get(0).pointer(); }
        String reason() { return problems.get(0).reason(); }
        String describe() { return problems.stream().map(Problem::toString).collect(Collectors.joining("\n")); }
    }

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of(
            "org.eclipse.parsson.rejectDuplicateKeys", true, "org.eclipse.parsson.maxDepth", 64));

    private final DocumentParser documents;

    LedgerEventReader(DocumentParser documents) {
        this.documents = documents;
    }

    /** @param source where the record came from (for a CONTEXT document's provenance); @param position its offset */
    Result read(byte[] bytes, String source, long position) {
        if (bytes == null || bytes.length == 0) return new Bad("INVALID_JSON", "", "empty record; expected a JSON object");
        JsonObject o;
        try (JsonParser p = PARSERS.createParser(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()))) {
            if (!p.hasNext() || p.next() != JsonParser.Event.START_OBJECT)
                return new Bad("INVALID_JSON", "", "not a JSON object: the record does not start with '{'");
            o = p.getObject();
            long end = p.getLocation().getStreamOffset();
            boolean more;
            try {
                more = p.hasNext();
            } catch (JsonParsingException e) {
                more = true;
            }
            if (more)   // e.g. two objects {...}{...}: the record is rejected whole, nothing of it decided
                return new Bad("INVALID_JSON", "", "not a JSON object: content after the end of the object at offset " + end
                        + "; a record holds exactly one event");
        } catch (JsonParsingException e) {
            return new Bad("INVALID_JSON", "", "not a JSON object: " + DeadLetter.quote(String.valueOf(e.getMessage()), 300));
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            String why = e.getCause() instanceof java.nio.charset.CharacterCodingException ? "not valid UTF-8" : String.valueOf(e.getMessage());
            return new Bad("INVALID_JSON", "", "not a JSON object: " + DeadLetter.quote(why, 300));
        }
        Fields f = new Fields(o);
        String type = f.string("type", true);
        String id = f.string("id", true);
        if (type == null || id == null) return f.bad();
        if (type.equals("CONTEXT")) return context(o, id, source, position);
        LedgerEvent event = switch (type) {
            case "PAYMENT", "RECEIPT" -> payment(f, id, Enums.Direction.valueOf(type));
            case "SPECIAL_PAYMENT" -> special(f, id);
            case "DECLARATION" -> declaration(f, id);
            case "NOTICE" -> notice(f, id);
            case "PARTY" -> party(f, id);
            default -> {
                f.problem("/type", "unknown event type \"" + DeadLetter.quote(type, 64) + "\"; expected one of PAYMENT, RECEIPT, SPECIAL_PAYMENT, DECLARATION, NOTICE, PARTY, CONTEXT");
                yield null;
            }
        };
        return f.problems.isEmpty() && event != null ? new Ok(event) : f.bad();
    }

    private static LedgerEvent payment(Fields f, String id, Enums.Direction direction) {
        LocalDate date = f.date("date", true);
        String party = f.string("partyId", true);
        BigDecimal amount = f.money("amount", true);
        Enums.TransactionKind kind = f.enumValue("kind", Enums.TransactionKind.class, false);
        String contract = f.string("contractId", false);
        LocalDate declared = f.date("declaredOn", false);
        String approval = f.string("approvalRef", false);
        Boolean atCost = f.bool("atCost");
        Boolean novel = f.bool("novelOrContentious");
        Boolean disclosed = f.bool("disclosedInAccounts");
        Enums.AuthorisedBy by = f.enumValue("authorisedBy", Enums.AuthorisedBy.class, false);
        if (!f.problems.isEmpty()) return null;
        return new LedgerEvent.Payment(id, new Transaction(id, date, party, amount, direction, kind, contract, declared, approval, atCost,
                Boolean.TRUE.equals(novel), disclosed, by, ""));
    }

    private static LedgerEvent special(Fields f, String id) {
        String person = f.string("personId", false);
        LocalDate date = f.date("date", true);
        Enums.SpecialPaymentKind kind = f.enumValue("kind", Enums.SpecialPaymentKind.class, true);
        BigDecimal amount = f.money("amount", true);
        Boolean contractual = f.bool("contractual");
        Boolean statutory = f.bool("statutory");
        BigDecimal exit = f.money("totalExitPackage", false);
        String approval = f.string("approvalRef", false);
        Enums.AuthorisedBy by = f.enumValue("authorisedBy", Enums.AuthorisedBy.class, false);
        Boolean individually = f.bool("disclosedIndividually");
        if (!f.problems.isEmpty()) return null;
        return new LedgerEvent.Special(id, new SpecialPayment(id, person, date, kind, amount, contractual, statutory, exit, approval, by,
                individually, ""));
    }

    private static LedgerEvent declaration(Fields f, String id) {
        String person = f.string("personId", true);
        String party = f.string("partyId", true);
        Enums.InterestNature nature = f.enumValue("nature", Enums.InterestNature.class, true);
        LocalDate declared = f.date("declaredOn", true);
        if (!f.problems.isEmpty()) return null;
        return new LedgerEvent.Declaration(id, person, new Interest(party, nature, declared, null));
    }

    private static LedgerEvent notice(Fields f, String id) {
        String notice = f.string("noticeId", true);
        Enums.NoticeKind kind = f.enumValue("kind", Enums.NoticeKind.class, true);
        String academy = f.string("academyUrn", false);
        LocalDate issued = f.date("issuedOn", true);
        LocalDate lifted = f.date("liftedOn", false);
        LocalDate published = f.date("publishedOn", false);
        if (!f.problems.isEmpty()) return null;
        return new LedgerEvent.NoticeIssued(id, new Notice(notice, kind, academy, issued, lifted, published, null));
    }

    private static LedgerEvent party(Fields f, String id) {
        String party = f.string("partyId", true);
        String name = f.string("name", false);
        Enums.PartyKind kind = f.enumValue("kind", Enums.PartyKind.class, false);
        String company = f.string("companyNumber", false);
        Enums.Exemption exemption = f.enumValue("exemption", Enums.Exemption.class, false);
        Boolean related = f.bool("relatedParty");
        if (!f.problems.isEmpty()) return null;
        return new LedgerEvent.PartyAdded(id, new Party(party, name, kind, company, exemption, Boolean.TRUE.equals(related), null));
    }

    private Result context(JsonObject o, String id, String source, long position) {
        JsonValue v = o.get("document");
        if (!(v instanceof JsonObject doc)) return new Bad("INVALID_EVENT", "/document", v == null ? "missing; a CONTEXT event needs the trust document"
                : "expected the trust document (a JSON object), found " + v.getValueType());
        ReadResult r = documents.parse(RawDocument.of(source, position, 1, doc.toString().getBytes(StandardCharsets.UTF_8)));
        if (r instanceof Rejected rej) {
            List<Problem> ps = new ArrayList<>(rej.problems().size());
            for (Problem p : rej.problems()) ps.add(new Problem("/document" + p.pointer(), p.reason()));
            return new Bad("INVALID_DOCUMENT", ps);
        }
        JsonObject stripped = PROVIDER.createObjectBuilder(doc).remove("transactions").build();
        return new Ok(new LedgerEvent.Context(id, ((Parsed) r).document(), stripped.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Typed access to the fields of one event, collecting problems. */
    private static final class Fields {
        final JsonObject o;
        final List<Problem> problems = new ArrayList<>(0);

        Fields(JsonObject o) { this.o = o; }

        void problem(String pointer, String reason) { problems.add(new Problem(pointer, reason)); }

        Bad bad() { return new Bad("INVALID_EVENT", List.copyOf(problems)); }

        /** The value, or null when absent or JSON null (a required one is a problem then). */
        private JsonValue value(String name, boolean required) {
            JsonValue v = o.get(name);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                if (required) problem("/" + name, "missing");
                return null;
            }
            return v;
        }

        String string(String name, boolean required) {
            JsonValue v = value(name, required);
            if (v == null) return null;
            if (!(v instanceof JsonString s)) { problem("/" + name, "expected a string, found " + v.getValueType()); return null; }
            if (s.getString().isEmpty()) { problem("/" + name, "empty string; expected a non-empty identifier or text"); return null; }
            return s.getString();
        }

        LocalDate date(String name, boolean required) {
            String s = string(name, required);
            if (s == null) return null;
            try {
                if (s.length() != 10) throw new DateTimeParseException("length", s, 0);
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problem("/" + name, "\"" + DeadLetter.quote(s, 64) + "\" is not a date in the form YYYY-MM-DD");
                return null;
            }
        }

        Boolean bool(String name) {
            JsonValue v = value(name, false);
            if (v == null) return null;
            if (v == JsonValue.TRUE) return Boolean.TRUE;
            if (v == JsonValue.FALSE) return Boolean.FALSE;
            problem("/" + name, "expected true or false, found " + v.getValueType());
            return null;
        }

        BigDecimal money(String name, boolean required) {
            JsonValue v = value(name, required);
            if (v == null) return null;
            if (!(v instanceof JsonNumber n)) { problem("/" + name, "expected an amount in pounds (a number), found " + v.getValueType()); return null; }
            String literal = n.toString();
            BigDecimal b = n.bigDecimalValue();
            if (b.signum() < 0) { problem("/" + name, DeadLetter.quote(literal, 64) + " is negative; expected an amount >= 0"); return null; }
            BigDecimal s = b.stripTrailingZeros();
            if (s.scale() > 2) { problem("/" + name, DeadLetter.quote(literal, 64) + " has more than two decimal places; expected pounds and pence"); return null; }
            if (s.precision() - s.scale() > 15) { problem("/" + name, DeadLetter.quote(literal, 64) + " has more than 15 digits before the decimal point"); return null; }
            return b;
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
            String s = string(name, required);
            if (s == null) return null;
            for (E e : type.getEnumConstants()) if (e.name().equals(s)) return e;
            problem("/" + name, "unknown value \"" + DeadLetter.quote(s, 64) + "\"; expected one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }
}
