package org.relationsatlas.api;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the database once and kept until the dataset is reloaded: its owner calls
 * {@link #forget()} on {@link ServedDataChanged}. The dataset changes only with a load, while every
 * session's filter changes, selections and searches read it.
 */
public final class KeptUntilReload<T> {

    private final Supplier<T> read;
    private final AtomicLong generation = new AtomicLong();
    private volatile T kept;

    public KeptUntilReload(Supplier<T> read) {
        this.read = read;
    }

    public T get() {
        T value = kept;
        if (value != null) {
            return value;
        }
        // A read that a reload overtook is used once but not kept: the next call reads the new dataset.
        long before = generation.get();
        value = read.get();
        synchronized (this) {
            if (generation.get() == before) {
                kept = value;
            }
        }
        return value;
    }

    public void forget() {
        synchronized (this) {
            generation.incrementAndGet();
            kept = null;
        }
    }
}
