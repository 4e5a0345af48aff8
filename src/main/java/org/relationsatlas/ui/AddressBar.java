package org.relationsatlas.ui;

import com.vaadin.flow.component.UI;

/** Keeps the browser's address equal to the view, so a copied link reopens it. */
public final class AddressBar {

    private AddressBar() {
    }

    /**
     * Replaces the address without a new history entry. A fixed script with the address as a parameter,
     * run in order with the rest of this response (Vaadin's History API defers its update, which made
     * the address lag behind the view).
     */
    public static void show(String address) {
        UI.getCurrent().getPage().executeJs("window.history.replaceState(window.history.state, '', $0)",
                address.isEmpty() ? "." : address);
    }
}
