package org.relationsatlas.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.relationsatlas.events.Category;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.layers.FeatureStatus;
import org.relationsatlas.layers.Layer;

/** What the UI calls event categories, map layers and feature statuses, in its language. */
public final class Labels {

    private Labels() {
    }

    public static String label(Category category, Lang lang) {
        return (switch (category) {
            case DIPLOMACY -> UiText.CATEGORY_DIPLOMACY;
            case BORDERS -> UiText.CATEGORY_BORDERS;
            case PIPELINES -> UiText.CATEGORY_PIPELINES;
            case RAILWAYS -> UiText.CATEGORY_RAILWAYS;
            case EXERCISES -> UiText.CATEGORY_EXERCISES;
            case TRADE -> UiText.CATEGORY_TRADE;
            case MULTILATERAL -> UiText.CATEGORY_MULTILATERAL;
            case ENERGY -> UiText.CATEGORY_ENERGY;
            case TECHNOLOGY -> UiText.CATEGORY_TECHNOLOGY;
            case CONFLICT -> UiText.CATEGORY_CONFLICT;
        }).in(lang);
    }

    public static String label(Layer layer, Lang lang) {
        return (switch (layer) {
            case BORDERS -> UiText.LAYER_BORDERS;
            case PIPELINES -> UiText.LAYER_PIPELINES;
            case RAILWAYS -> UiText.LAYER_RAILWAYS;
            case EXERCISES -> UiText.LAYER_EXERCISES;
            case PLACES -> UiText.LAYER_PLACES;
        }).in(lang);
    }

    /** Every feature status by id, in the UI's language. */
    public static Map<String, String> statusLabels(Lang lang) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (FeatureStatus status : FeatureStatus.values()) {
            labels.put(status.id(), UiText.valueOf("STATUS_" + status.name()).in(lang));
        }
        return labels;
    }
}
