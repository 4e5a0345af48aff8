package org.relationsatlas;

/** H2 file databases for tests, under target/ so every build starts from a clean folder. */
public final class AtlasTestDatabase {

    /** Shared by the tests that only read the shipped dataset. */
    public static final String SHARED = "spring.datasource.url=jdbc:h2:file:./target/test-db/atlas;DB_CLOSE_ON_EXIT=FALSE";

    private AtlasTestDatabase() {
    }
}
