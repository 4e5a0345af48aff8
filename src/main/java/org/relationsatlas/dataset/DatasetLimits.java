package org.relationsatlas.dataset;

import java.util.regex.Pattern;

/** Limits shared by the validation and the schema (V1__atlas_schema.sql). */
public final class DatasetLimits {

    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    public static final int TITLE_MAX = 160;
    public static final int SUMMARY_MAX = 600;
    public static final int NAME_MAX = 200;
    public static final int NOTE_MAX = 1000;
    public static final int URL_MAX = 1000;
    public static final int SOURCE_TITLE_MAX = 400;
    /** The longest BCP 47 tag a source title may carry (the database column is as wide). */
    public static final int LANG_TAG_MAX = 20;
    public static final int PUBLISHER_MAX = 200;
    /**
     * A feature may predate the atlas's period (the Chinese Eastern Railway opened in 1902): its phases
     * may start this early; it is then shown from 1945.
     */
    public static final int EARLIEST_PHASE_YEAR = 1850;

    private DatasetLimits() {
    }
}
