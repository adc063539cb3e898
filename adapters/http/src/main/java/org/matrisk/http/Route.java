package org.matrisk.http;

import java.util.List;
import java.util.Map;

/**
 * One resource of the API: what registers its handler ({@link HttpService}) and what describes it in
 * {@code /openapi.json} ({@link OpenApi}) come from this one table, so the two cannot drift apart.
 *
 * @param method      GET, POST or PUT
 * @param path        Javalin path ({@code /v1/trusts/{trustId}/context}), also the OpenAPI path
 * @param access      who may call it
 * @param operationId the OpenAPI operation id (a generated client's method name)
 * @param summary     one line
 * @param request     media type to schema reference of the body (empty: no body)
 * @param responses   status to (media type, schema reference or null) of the answers
 * @param query       query parameters (name to description)
 */
record Route(String method, String path, Access access, String operationId, String summary, Map<String, String> request,
             Map<Integer, Answer> responses, Map<String, String> query) {

    enum Access { PUBLIC, ANY_TOKEN, ASSESS, CHECK }

    record Answer(String description, String mediaType, String schema) {}

    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    static final String PROBLEM = Problems.MEDIA_TYPE;

    static Answer ok(String description, String schema) { return new Answer(description, JSON, schema); }

    /** The routes of API version v1, in the order of the contract's table. */
    static final List<Route> ALL = List.of(
            new Route("POST", "/v1/assessments", Access.ASSESS, "assess",
                    "Assess one trust document (application/json) or a stream of them (application/x-ndjson)",
                    Map.of(JSON, "TrustDocument", NDJSON, "NdjsonDocuments"),
                    Map.of(200, new Answer("the assessment, as `matrisk scan --format json` gives it (one object); for NDJSON one line per document",
                            JSON, "Assessment")),
                    Map.of("asOf", "assess as at this day (YYYY-MM-DD) instead of the document's asOf",
                            "includeNames", "true: cite the names of people given as evidence (needs the names scope)")),
            new Route("PUT", "/v1/trusts/{trustId}/context", Access.CHECK, "putContext",
                    "Load or replace a trust's context (its trust.id must equal {trustId}); listed transactions replace the ledger",
                    Map.of(JSON, "TrustDocument"),
                    Map.of(200, ok("the context held", "ContextSummary")), Map.of()),
            new Route("GET", "/v1/trusts/{trustId}/context", Access.CHECK, "getContext", "The context held for a trust",
                    Map.of(), Map.of(200, ok("the context held", "ContextSummary")), Map.of()),
            new Route("POST", "/v1/trusts/{trustId}/payments/check", Access.CHECK, "checkPayment",
                    "The decision for a proposed payment; records nothing",
                    Map.of(JSON, "Transaction"), Map.of(200, ok("the decision", "Decision")),
                    Map.of("includeNames", "true: cite the names of people given as evidence (needs the names scope)")),
            new Route("POST", "/v1/trusts/{trustId}/payments", Access.CHECK, "recordPayment",
                    "Record a payment made; later checks count it",
                    Map.of(JSON, "Transaction"), Map.of(201, ok("the decision at the time it was recorded", "Decision")),
                    Map.of("includeNames", "true: cite the names of people given as evidence (needs the names scope)")),
            new Route("GET", "/v1/rules", Access.ANY_TOKEN, "listRules", "The rules of the pack in use, as `matrisk rules --format json`",
                    Map.of(), Map.of(200, ok("the rules", "RuleList")), Map.of()),
            new Route("GET", "/v1/rules/{ruleId}", Access.ANY_TOKEN, "getRule", "One rule with its dated parameters",
                    Map.of(), Map.of(200, ok("the rule", "RuleDetail")), Map.of()),
            new Route("GET", "/openapi.json", Access.PUBLIC, "openApi", "This document (OpenAPI 3.1)",
                    Map.of(), Map.of(200, ok("the OpenAPI document", null)), Map.of()),
            new Route("GET", "/healthz", Access.PUBLIC, "health", "Liveness",
                    Map.of(), Map.of(200, ok("alive", "Status")), Map.of()),
            new Route("GET", "/readyz", Access.PUBLIC, "ready", "Readiness: rule pack compiled, store open",
                    Map.of(), Map.of(200, ok("ready", "Status"), 503, new Answer("not ready", JSON, "Status")), Map.of()),
            new Route("GET", "/metrics", Access.PUBLIC, "metrics", "Prometheus text format",
                    Map.of(), Map.of(200, new Answer("metrics", "text/plain", null)), Map.of()));
}
