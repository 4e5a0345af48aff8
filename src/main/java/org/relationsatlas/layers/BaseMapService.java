package org.relationsatlas.layers;

import java.util.List;

import org.relationsatlas.api.KeptUntilReload;
import org.relationsatlas.api.ServedDataChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** The base map's dated changes: the map draws each year's states from them, the timeline marks them. */
@Service
public class BaseMapService {

    /** Read once, kept until the dataset is reloaded. */
    private final KeptUntilReload<List<BaseMapChange>> kept;

    public BaseMapService(BaseMapRepository repository) {
        this.kept = new KeptUntilReload<>(() -> List.copyOf(repository.findAll()));
    }

    @EventListener(ServedDataChanged.class)
    public void forgetRead() {
        kept.forget();
    }

    /** Every change, oldest first. */
    public List<BaseMapChange> changes() {
        return kept.get();
    }
}
