package org.matrisk.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list that is another list followed by a few more elements, without copying it: what an
 * inline check evaluates (the recorded ledger and the proposed payment). A {@link RiskEngine.Session} that last
 * evaluated the base list, or the base followed by other elements, moves to this one by the elements after the
 * base alone instead of comparing the lists item by item.
 */
public final class Appended<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> base;
    private final List<T> tail;
    private final int baseSize;

    private Appended(List<T> base, List<T> tail) {
        this.base = Objects.requireNonNull(base, "base");
        this.tail = Objects.requireNonNull(tail, "tail");
        this.baseSize = base.size();
    }

    /** {@code base} followed by {@code last}; {@code base} must not change afterwards (the document's lists never do). */
    public static <T> Appended<T> of(List<T> base, T last) { return new Appended<>(base, java.util.Collections.singletonList(last)); }

    /** {@code base} followed by {@code tail}; neither may change afterwards. */
    public static <T> Appended<T> withTail(List<T> base, List<T> tail) { return new Appended<>(base, tail); }

    public List<T> base() { return base; }

    /** How many appends a list may stack before it is copied into one list (reading item i walks the stack). */
    public static final int MAX_DEPTH = 16;

    /** How many {@link Appended} lists {@code list} stacks (0 for any other list). */
    public static int depth(List<?> list) {
        int d = 0;
        for (List<?> l = list; l instanceof Appended<?> a; l = a.base) d++;
        return d;
    }

    /** The elements after the base. */
    public List<T> tail() { return tail; }

    @Override public T get(int index) {
        int n = baseSize;
        if (index >= n && index < n + tail.size()) return tail.get(index - n);
        if (index < 0 || index >= n) throw new IndexOutOfBoundsException("index " + index + ", size " + size());
        return base.get(index);
    }

    @Override public int size() { return baseSize + tail.size(); }
}
