package org.relationsatlas.atlas;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.router.QueryParameters;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.map.AtlasMap;
import org.relationsatlas.map.MapCamera;

/** What an {@link AtlasExtension} may know of the atlas view it plugs into, and ask of its map. */
public final class AtlasViewContext {

    private final Lang lang;
    private final QueryParameters opened;
    private final Supplier<AtlasQuery> current;
    private final AtlasMap map;

    AtlasViewContext(Lang lang, QueryParameters opened, Supplier<AtlasQuery> current, AtlasMap map) {
        this.lang = lang;
        this.opened = opened;
        this.current = current;
        this.map = map;
    }

    public Lang lang() {
        return lang;
    }

    /** A parameter of the address the view was opened with. */
    public Optional<String> parameter(String name) {
        return opened.getSingleParameter(name);
    }

    /** What the view shows now (years, layers, region, selected event); it changes as the user works. */
    public AtlasQuery query() {
        return current.get();
    }

    /** Asks the map where it looks now (centre and zoom); the answer arrives in a later round trip. */
    public void readCamera(Consumer<MapCamera> answer) {
        map.readCamera(answer);
    }
}
