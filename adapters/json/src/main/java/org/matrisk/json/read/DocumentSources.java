package org.matrisk.json.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The documents of several inputs, in input order: each input is a file, a directory (its
 * {@code *.json}, {@code *.ndjson} and {@code *.jsonl} files, sorted by name, not recursive) or
 * {@code -} (stdin). One source is open at a time and only one document's bytes are held.
 *
 * <p>An input that cannot be opened or listed becomes one {@link RawDocument} with a
 * {@code splitError} (line 0), so that it is counted as rejected; the other inputs continue.
 */
public final class DocumentSources implements Iterator<RawDocument>, Closeable {

    private record Input(String name, boolean fromDirectory) {}

    private final Deque<Input> inputs = new ArrayDeque<>();
    private final ReaderLimits limits;
    private final InputStream stdin;
    private DocumentSource current;
    private RawDocument queued;

    private DocumentSources(List<String> names, ReaderLimits limits, InputStream stdin) {
        for (String n : names) inputs.add(new Input(n, false));
        this.limits = limits;
        this.stdin = stdin;
    }

    /** Inputs where {@code -} is {@link System#in}. */
    public static DocumentSources of(List<String> inputs, ReaderLimits limits) {
        return of(inputs, limits, System.in);
    }

    /** Inputs where {@code -} is the given stream (which is not closed). */
    public static DocumentSources of(List<String> inputs, ReaderLimits limits, InputStream stdin) {
        return new DocumentSources(List.copyOf(inputs), limits, stdin);
    }

    /** The files the inputs stand for: directories listed (sorted by name), files and {@code -} kept as given. */
    public static List<String> expand(List<String> inputs) throws IOException {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = Path.of(in);
            if (!in.equals("-") && Files.isDirectory(p)) {
                for (Path f : list(p)) out.add(f.toString());
            } else {
                out.add(in);
            }
        }
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, f -> DocumentSource.isBatchFile(f) && Files.isRegularFile(f))) {
            for (Path f : ds) files.add(f);
        }
        files.sort(Comparator.comparing(f -> f.getFileName().toString()));
        return files;
    }

    @Override
    public boolean hasNext() {
        while (queued == null) {
            if (current != null) {
                if (current.hasNext()) {
                    queued = current.next();
                    return true;
                }
                current.close();
                current = null;
            }
            Input next = inputs.poll();
            if (next == null) return false;
            open(next);
        }
        return true;
    }

    @Override
    public RawDocument next() {
        if (!hasNext()) throw new NoSuchElementException();
        RawDocument r = queued;
        queued = null;
        return r;
    }

    private void open(Input input) {
        String name = input.name();
        if (name.equals("-") && !input.fromDirectory()) {
            current = DocumentSource.open(stdin, "-", limits);
            return;
        }
        try {
            Path p = Path.of(name);
            if (!input.fromDirectory() && Files.isDirectory(p)) {
                List<Path> files = list(p);
                for (int i = files.size() - 1; i >= 0; i--) inputs.addFirst(new Input(files.get(i).toString(), true));
                return;
            }
            current = DocumentSource.open(p, limits);
        } catch (NoSuchFileException e) {
            queued = cannotRead(name, "no such file or directory");
        } catch (IOException | RuntimeException e) {
            queued = cannotRead(name, e.toString());
        }
    }

    private static RawDocument cannotRead(String name, String why) {
        return new RawDocument(name, 0, 0, new byte[0], "cannot read " + name + ": " + why);
    }

    @Override
    public void close() {
        if (current != null) current.close();
        current = null;
        inputs.clear();
        queued = null;
    }
}
