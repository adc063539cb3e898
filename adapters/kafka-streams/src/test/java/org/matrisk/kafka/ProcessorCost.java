package org.matrisk.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger flow without a broker (TopologyTestDriver: processor, RocksDB stores, serdes; one thread):
 * the CPU cost per event that bounds what {@link LedgerThroughput} can reach. Not a test.
 * Arguments: trusts, events per trust.
 */
public final class ProcessorCost {
    private ProcessorCost() {}

    public static void main(String[] args) throws Exception {
        int trusts = Integer.parseInt(args[0]), perTrust = Integer.parseInt(args[1]);
        List<String> keys = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        List<List<Scenario.Event>> ledgers = new ArrayList<>();
        for (int t = 0; t < trusts; t++) ledgers.add(Scenario.ledger(String.format("1008%04d", t), t, perTrust));
        for (int i = 0; i <= perTrust; i++)
            for (List<Scenario.Event> l : ledgers) {
                keys.add(l.get(i).key());
                values.add(l.get(i).json().getBytes(StandardCharsets.UTF_8));
            }
        for (int round = 1; round <= 3; round++) {
            try (Driver d = new Driver(Files.createTempDirectory("matrisk-cost"), LedgerOptions.defaults())) {
                long t = System.nanoTime();
                for (int i = 0; i < keys.size(); i++) {
                    d.ledger.pipeInput(keys.get(i), values.get(i));
                    if (i % 1000 == 999) d.decisions.readValuesToList();
                }
                double s = (System.nanoTime() - t) / 1e9;
                System.out.printf("round %d: %,d events in %.2f s = %,.0f events/s (one thread, no broker)%n", round, keys.size(), s, keys.size() / s);
            }
        }
    }
}
