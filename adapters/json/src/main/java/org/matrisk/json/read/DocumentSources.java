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
 * {@code splitError} (line 0), so that it is counted as rejected; the other inputs continue. So does a
 * file that is not text at all ({@link #binary}): one rejection for the file, not one per line of
 * garbage.
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
            String binary = binary(p);
            if (binary != null) {
                queued = new RawDocument(name, 0, 1, new byte[0], "not a JSON text file: " + binary);
                return;
            }
            current = DocumentSource.open(p, limits);
        } catch (NoSuchFileException e) {
            queued = cannotRead(name, "no such file or directory");
        } catch (IOException | RuntimeException e) {
            queued = cannotRead(name, e.toString());
        }
    }

    /** How many bytes of a file {@link #binary} looks at. */
    static final int SNIFF = 8192;

    /**
     * Why the file is not JSON text, or null when it may be: its first {@value #SNIFF} bytes hold a NUL
     * byte while they do not begin as JSON does (binary data); or they are not UTF-8 and do not begin as JSON does (a gzip or zip file, an image). UTF-16 text is left to {@link DocumentSource}, which names it. JSON text with a bad byte inside is read document by document as usual.
     */
    static String binary(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        int firstNul = -1;
        for (int i = 0; i < head.length && firstNul < 0; i++) if (head[i] == 0) firstNul = i;
        java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT).onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(head);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(head.length + 1);
        java.nio.charset.CoderResult r = d.decode(in, out, head.length < SNIFF);
        int first = 0;
        while (first < head.length && (head[first] == ' ' || head[first] == '\t' || head[first] == '\r' || head[first] == '\n')) first++;
        boolean jsonStart = first < head.length && ("{[\"-0123456789tfn/".indexOf(head[first]) >= 0 || (head[first] & 0xFF) == 0xEF);
        // UTF-16 text (a byte order mark, or one NUL in the first two bytes) is named as such by DocumentSource;
        // binary data does not begin as JSON does. NULs inside a text that begins as JSON are its documents' problems.
        int b0 = head.length > 0 ? head[0] & 0xFF : -1, b1 = head.length > 1 ? head[1] & 0xFF : -1;
        boolean utf16 = head.length >= 2 && ((b0 == 0) != (b1 == 0) || (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE));
        if (utf16) return null;
        if (firstNul >= 0 && !jsonStart) {
            return "binary content (a NUL byte at offset " + firstNul + "); expected UTF-8 JSON";
        }
        if (r.isError() && !jsonStart) return "not UTF-8 text (byte 0x" + String.format("%02X", head[in.position()] & 0xFF) + " at offset " + in.position()
                + " starts no valid sequence); expected UTF-8 JSON";
        return null;
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
