package org.matrisk.http;

import java.util.List;
import java.util.Map;
import org.matrisk.json.read.Problem;

/**
 * An error answer of the service: an RFC 9457 problem ({@code application/problem+json}) with the
 * contract's {@code problems} list, each a JSON Pointer and a reason. Thrown by a handler, written by
 * {@link HttpService}. Never carries a stack trace, a token or (unless asked for) a person's name:
 * reasons come from the reader, which quotes at most 60 characters of a value, and names are redacted
 * by {@link Redaction} before a problem is made.
 */
final class ProblemException extends RuntimeException {
    final int status;
    final String title;
    final String detail;
    final List<Problem> problems;
    final Map<String, String> headers;

    ProblemException(int status, String title, String detail, List<Problem> problems, Map<String, String> headers) {
        super(title, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.problems = List.copyOf(problems);
        this.headers = Map.copyOf(headers);
    }

    ProblemException(int status, String title, String detail, List<Problem> problems) {
        this(status, title, detail, problems, Map.of());
    }

    ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of(), Map.of());
    }

    /** The {@code type} URI: a stable name per status under the API's namespace. */
    String type() { return Problems.type(status); }
}
