package org.relationsatlas;

/** H2 file databases for tests, under target/ so every build starts from a clean folder. */
public final class AtlasTestDatabase {

    /** Shared by the tests that only read the shipped dataset. */
    public static final String SHARED = "spring.datasource.url=jdbc:h2:file:./target/test-db/atlas;DB_CLOSE_ON_EXIT=FALSE";

    /**
     * The editor account the tests log in with: name "editor", password {@link #EDITOR_PASSWORD}, given
     * hashed, as a real deployment gives it (ATLAS_EDITORS).
     */
    public static final String EDITORS = "atlas.editors=editor:{bcrypt}$2a$10$LY5VBk3YeZj1UmwzJgbGuOZhRiooDcvVMASoHDyXJ4RNJebLBV7Dy";
    public static final String EDITOR_PASSWORD = "classroom-editor-test";

    private AtlasTestDatabase() {
    }
}
