package org.relationsatlas.regions;

import java.util.List;
import java.util.Optional;

import org.relationsatlas.api.KeptUntilReload;
import org.relationsatlas.api.ServedDataChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** The regions to explore by, for the view's picker. */
@Service
public class RegionService {

    /** Read once, kept until the dataset is reloaded. */
    private final KeptUntilReload<List<Region>> kept;

    public RegionService(RegionRepository repository) {
        this.kept = new KeptUntilReload<>(() -> List.copyOf(repository.findAll()));
    }

    @EventListener(ServedDataChanged.class)
    public void forgetRead() {
        kept.forget();
    }

    public List<Region> regions() {
        return kept.get();
    }

    public Optional<Region> region(String id) {
        return regions().stream().filter(region -> region.id().equals(id)).findFirst();
    }
}
