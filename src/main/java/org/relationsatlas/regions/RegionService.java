package org.relationsatlas.regions;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The regions to explore by, for the view's picker. */
@Service
public class RegionService {

    private final RegionRepository repository;

    public RegionService(RegionRepository repository) {
        this.repository = repository;
    }

    public List<Region> regions() {
        return repository.findAll();
    }

    public Optional<Region> region(String id) {
        return regions().stream().filter(region -> region.id().equals(id)).findFirst();
    }
}
