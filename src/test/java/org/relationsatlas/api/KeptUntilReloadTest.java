package org.relationsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class KeptUntilReloadTest {

    @Test
    void readsOnceUntilForgotten() {
        AtomicInteger reads = new AtomicInteger();
        KeptUntilReload<String> kept = new KeptUntilReload<>(() -> "read " + reads.incrementAndGet());
        assertThat(kept.get()).isEqualTo("read 1");
        assertThat(kept.get()).isEqualTo("read 1");
        kept.forget();
        assertThat(kept.get()).isEqualTo("read 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aReadOvertakenByAReloadIsAnsweredButNotKept() {
        AtomicInteger reads = new AtomicInteger();
        KeptUntilReload<String>[] kept = new KeptUntilReload[1];
        kept[0] = new KeptUntilReload<>(() -> {
            int read = reads.incrementAndGet();
            if (read == 1) {
                kept[0].forget(); // the dataset is reloaded while the first read is under way
            }
            return "read " + read;
        });
        assertThat(kept[0].get()).isEqualTo("read 1");
        assertThat(kept[0].get()).as("the old read was not kept").isEqualTo("read 2");
        assertThat(kept[0].get()).isEqualTo("read 2");
    }
}
