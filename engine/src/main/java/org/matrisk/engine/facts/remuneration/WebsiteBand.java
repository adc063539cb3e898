package org.matrisk.engine.facts.remuneration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.matrisk.model.PayBand;
import org.matrisk.model.PayRecord;

/**
 * Derived (PAY-02): a published website pay band [lower, upper) with the pay records whose total benefits
 * fall in it ({@code inBand} null when {@code pay[]} is absent: the count is UNKNOWN).
 */
public record WebsiteBand(PayBand band, List<PayRecord> inBand) {

    public static WebsiteBand of(PayBand band, List<PayRecord> pay) {
        if (pay == null) return new WebsiteBand(band, null);
        List<PayRecord> in = new ArrayList<>();
        for (PayRecord p : pay) {
            BigDecimal t = p.totalBenefits();
            if (t.compareTo(band.from()) >= 0 && t.compareTo(band.to()) < 0) in.add(p);
        }
        return new WebsiteBand(band, List.copyOf(in));
    }

    public String pointer() { return band.pointer(); }
    public BigDecimal lower() { return band.from(); }
    public BigDecimal upper() { return band.to(); }
    /** The count published on the website. */
    public int published() { return band.count(); }
    public boolean recordsKnown() { return inBand != null; }
    /** How many pay records fall in the band (-1 when pay[] is absent). */
    public int records() { return inBand == null ? -1 : inBand.size(); }

    /** upper - lower equals {@code width} (compared by value). */
    public boolean hasWidth(BigDecimal width) { return band.to().subtract(band.from()).compareTo(width) == 0; }
}
