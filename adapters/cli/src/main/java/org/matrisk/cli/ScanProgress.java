package org.matrisk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (documents, rate, ETA) while scanning; nothing at all when stderr is not a
 * terminal. The bar measures input bytes when their total is known (files), so the ETA is meaningful;
 * on stdin it counts documents.
 */
final class ScanProgress implements Scan.Progress, AutoCloseable {
    private final ProgressBar bar;
    private final boolean bytes;
    private long lastUpdate;

    private ScanProgress(ProgressBar bar, boolean bytes) {
        this.bar = bar;
        this.bytes = bytes;
    }

    static ScanProgress start(List<String> inputs, boolean enabled) {
        if (!enabled) return new ScanProgress(null, false);
        long total = totalBytes(inputs);
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("scan").setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250).continuousUpdate().showSpeed();
        if (total > 0) b.setInitialMax(total).setUnit(" MB", 1 << 20);
        else b.setUnit(" docs", 1);
        return new ScanProgress(b.build(), total > 0);
    }

    private static long totalBytes(List<String> inputs) {
        long total = 0;
        for (String in : inputs) {
            if (in.equals("-")) return -1;
            try {
                for (String f : org.matrisk.json.read.DocumentSources.expand(List.of(in))) total += Files.size(Path.of(f));
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return total;
    }

    @Override
    public void update(long documents, long bytesRead) {
        if (bar == null) return;
        long now = System.nanoTime();
        if (now - lastUpdate < 50_000_000L) return;
        lastUpdate = now;
        bar.stepTo(bytes ? bytesRead : documents);
        bar.setExtraMessage(", " + documents + " docs");
    }

    void finish(long documents, long bytesRead) {
        if (bar == null) return;
        bar.stepTo(bytes ? bar.getMax() : documents);
        bar.setExtraMessage(", " + documents + " docs");
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
