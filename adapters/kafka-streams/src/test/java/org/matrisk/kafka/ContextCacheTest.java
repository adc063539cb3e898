package org.matrisk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.inline.InlineChecker;
import org.matrisk.engine.inline.TrustContext;
import org.matrisk.fixtures.Documents;
import org.matrisk.model.Enums;
import org.matrisk.model.Transaction;

/** The ledger flow's context cache is bounded by the payments its contexts hold, not only by their number. */
class ContextCacheTest {
    static TrustContext empty;

    @BeforeAll
    static void load() {
        empty = InlineChecker.of(RiskEngine.builtin()).load(Documents.parse("a", Scenario.context("10070001").toString()));
    }

    static TrustContext withPayments(int n) {
        TrustContext ctx = empty;
        String party = ctx.document().parties().get(0).id();
        for (int i = 0; i < n; i++)
            ctx = ctx.withPayment(new Transaction("T" + i, LocalDate.of(2024, 9, 2).plusDays(i % 300), party, new BigDecimal("100.00"),
                    Enums.Direction.PAYMENT, Enums.TransactionKind.GOODS, null, null, null, null, false, true, Enums.AuthorisedBy.TRUST_EXECUTIVE, null));
        return ctx;
    }

    @Test
    void evictsTheLeastRecentlyUsedWhileThePaymentsAreOverTheBudget() {
        LedgerProcessor.ContextCache cache = new LedgerProcessor.ContextCache(1000, 25);
        cache.put("a", withPayments(10));
        cache.put("b", withPayments(10));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.payments()).isEqualTo(20);
        cache.get("a"); // a is now the more recently used
        cache.put("c", withPayments(10));
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isNotNull();
        assertThat(cache.get("c")).isNotNull();
        assertThat(cache.payments()).isEqualTo(20);
        // replacing a context counts its new ledger only
        cache.put("a", withPayments(12));
        assertThat(cache.payments()).isEqualTo(22);
    }

    @Test
    void keepsTheContextJustPutEvenWhenItAloneIsOverTheBudget() {
        LedgerProcessor.ContextCache cache = new LedgerProcessor.ContextCache(1000, 5);
        cache.put("a", withPayments(3));
        cache.put("b", withPayments(8));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("b")).isNotNull();
        assertThat(cache.payments()).isEqualTo(8);
    }

    @Test
    void theCountStillBoundsIt() {
        LedgerProcessor.ContextCache cache = new LedgerProcessor.ContextCache(2, 1_000_000);
        for (String t : new String[] {"a", "b", "c"}) cache.put(t, empty);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("a")).isNull();
    }

    @Test
    void theBudgetIsAConfigurationKeyWithADefaultFromTheHeap() {
        assertThat(LedgerOptions.from(Map.of("matrisk.ledger.cached-payments", "5000")).cachedPayments()).isEqualTo(5000);
        assertThat(LedgerOptions.from(Map.of()).cachedPayments())
                .isEqualTo(Math.max(1000, Runtime.getRuntime().maxMemory() / 4 / LedgerOptions.BYTES_PER_PAYMENT));
        assertThatThrownBy(() -> LedgerOptions.from(Map.of("matrisk.ledger.cached-payments", "0")))
                .hasMessageContaining("matrisk.ledger.cached-payments must be at least 1");
    }
}
