package org.relationsatlas.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.lessons.DiskOperations.Operation;
import org.relationsatlas.years.YearRange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A lesson change is written to the database file and forced to the disk before the repository returns,
 * so what an editor was told is saved survives a power cut. (CrashDurabilityBrowserTest kills the
 * packaged app to show the same for kill -9.)
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:disklog:./target/test-db/disk-log;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0")
class LessonSavesReachTheDiskTest {

    static {
        DiskOperations.register();
    }

    private static final String ID = "disk-test-lesson";

    @Autowired
    LessonRepository repository;

    private static Lesson lesson(String title) {
        return new Lesson(ID, new Bilingual(title, "درس تجريبي"), List.of(new LessonStep(new YearRange(1969, 1969),
                EnumSet.of(Layer.BORDERS), "amur-ussuri", null, "zhenbao-clash-1969",
                new Bilingual("Zhenbao.", "جزيرة تشنباو."), null)));
    }

    private static void assertWrittenThenForced(List<Operation> operations) {
        assertThat(operations).as("writes and forces of the database file").contains(Operation.WRITE);
        assertThat(operations.getLast()).as("the last operation on the file before returning").isEqualTo(Operation.FORCE);
    }

    @Test
    void eachSavedLessonIsWrittenAndForcedToTheDiskBeforeSaveReturns() {
        // Several saves: H2 forces the file now and then on its own (when it shrinks it), never on every commit.
        for (int save = 1; save <= 5; save++) {
            DiskOperations.clear();
            repository.save(lesson("Saved to the disk " + save));
            assertWrittenThenForced(DiskOperations.noted());
            assertThat(repository.find(ID)).map(saved -> saved.title().en()).hasValue("Saved to the disk " + save);
        }
    }

    @Test
    void aDeletedLessonIsGoneFromTheDiskBeforeDeleteReturns() {
        repository.save(lesson("To be deleted"));
        DiskOperations.clear();
        repository.delete(ID);
        assertWrittenThenForced(DiskOperations.noted());
        assertThat(repository.exists(ID)).isFalse();
    }
}
