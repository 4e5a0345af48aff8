package org.relationsatlas.lessons;

import java.util.regex.Pattern;

/** The longest texts and lists a lesson may hold; the database columns are sized to match (V3). */
final class LessonLimits {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    static final int TITLE_MAX = 200;
    static final int CAPTION_MAX = 300;
    static final int NOTES_MAX = 1500;
    static final int STEPS_MAX = 100;
    /** A lesson file bigger than this is not a lesson. */
    static final int FILE_MAX_BYTES = 1_000_000;

    private LessonLimits() {
    }
}
