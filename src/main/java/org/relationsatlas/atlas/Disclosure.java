package org.relationsatlas.atlas;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.NativeButton;

/**
 * A button that shows and hides a panel of the atlas (frontend/atlas-disclosure.ts), so the controls
 * give the map its room. The panel can sit anywhere on the page; the button names it with
 * aria-controls and says with aria-expanded whether it is open. Whether it starts open depends on the
 * window, which only the browser knows: it starts closed when {@code collapsedWhen} (a media query)
 * matches.
 */
@Tag("atlas-disclosure")
@JsModule("./atlas-disclosure.ts")
class Disclosure extends Component {

    /** The filters over the map start closed unless the window is tall and wide (a 1920×1080 screen). */
    static final String COLLAPSED_UNLESS_LARGE = "(max-height: 999px), (max-width: 1199px)";
    /** A panel that starts closed on every screen. */
    static final String COLLAPSED_ALWAYS = "all";
    /** The timeline and trade chart start closed on a low desktop window (a 1366×768 projector). */
    static final String COLLAPSED_ON_LOW_DESKTOP = "(max-height: 849px) and (min-width: 901px)";

    /**
     * @param name  the panel's name, for its id and for scripts and tests (data-panel)
     * @param panel the panel it shows and hides; given the class disclosure-panel
     */
    Disclosure(String name, String label, Component panel, String collapsedWhen) {
        this(name, label, panel, collapsedWhen, null);
    }

    /** @param group panels sharing one place: opening one closes the others (null: none) */
    Disclosure(String name, String label, Component panel, String collapsedWhen, String group) {
        String panelId = "panel-" + name;
        panel.setId(panelId);
        panel.getElement().getClassList().add("disclosure-panel");
        NativeButton toggle = new NativeButton(label);
        toggle.addClassName("disclosure-toggle");
        toggle.getElement().setAttribute("aria-controls", panelId);
        toggle.getElement().setAttribute("aria-expanded", "false");
        getElement().setAttribute("data-panel", name);
        getElement().setAttribute("collapsed-when", collapsedWhen);
        if (group != null) {
            getElement().setAttribute("group", group);
        }
        getElement().appendChild(toggle.getElement());
    }
}
