package org.relationsatlas.layers;

import java.util.List;

import org.springframework.stereotype.Service;

/** The base map's dated changes: the map draws each year's states from them, the timeline marks them. */
@Service
public class BaseMapService {

    private final BaseMapRepository repository;

    public BaseMapService(BaseMapRepository repository) {
        this.repository = repository;
    }

    /** Every change, oldest first. */
    public List<BaseMapChange> changes() {
        return repository.findAll();
    }
}
