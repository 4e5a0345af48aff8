package org.relationsatlas.dataset;

import java.nio.file.Path;

import org.relationsatlas.api.ServedDataChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * On start, loads data/ into H2 when the database is empty or the files changed since the last load.
 * A dataset with problems stops the start with every problem listed; the database keeps what it had.
 * Every load that changes the database is announced ({@link ServedDataChanged}) once it is committed,
 * so answers kept from the old data are dropped.
 * <p>
 * It runs once every bean is ready (Flyway has migrated) but before the web server starts, so no
 * request, health check included, ever sees a half-started atlas.
 */
@Component
public class DatasetLoader implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);

    private final DatasetReader reader;
    private final DatasetStore store;
    private final Path folder;
    private final ApplicationEventPublisher events;

    public DatasetLoader(DatasetReader reader, DatasetStore store, @Value("${atlas.dataset.dir:data}") Path folder,
            ApplicationEventPublisher events) {
        this.reader = reader;
        this.store = store;
        this.folder = folder;
        this.events = events;
    }

    @Override
    public void afterSingletonsInstantiated() {
        loadIfChanged();
        events.publishEvent(new DatasetReady(this));
    }

    /**
     * Loads the folder unless the database already has these files, then announces the change.
     *
     * @return true when the dataset was (re)loaded, false when the database already had these files
     */
    public boolean loadIfChanged() {
        String fingerprint = reader.fingerprint(folder);
        if (store.loadedFingerprint().filter(fingerprint::equals).isPresent()) {
            LOG.info("Dataset in {} unchanged since the last load", folder.toAbsolutePath());
            return false;
        }
        Dataset dataset = reader.read(folder);
        store.replaceWith(dataset);
        // After replaceWith returns its transaction is committed: whoever rebuilds an answer now reads the new data.
        events.publishEvent(new ServedDataChanged(this));
        LOG.info("Loaded {} events and {} features from {}", dataset.events().size(), dataset.features().size(),
                folder.toAbsolutePath());
        return true;
    }
}
