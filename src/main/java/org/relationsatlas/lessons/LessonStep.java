package org.relationsatlas.lessons;

import java.util.EnumSet;
import java.util.Set;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;

/**
 * One step of a lesson: the view it shows and what it says.
 *
 * @param regionId  the region outlined (and framed when there is no camera), or null
 * @param camera    where the map looks, or null to frame the region or the highlighted event
 * @param eventId   the event highlighted on map and panel, or null
 * @param notes     presenter notes, shown only to the presenter; may be null
 */
public record LessonStep(
        YearRange range,
        Set<Layer> layers,
        String regionId,
        Camera camera,
        String eventId,
        Bilingual caption,
        Bilingual notes) {

    public LessonStep {
        layers = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    }

    public LessonStep withCaption(Bilingual newCaption, Bilingual newNotes) {
        return new LessonStep(range, layers, regionId, camera, eventId, newCaption, newNotes);
    }
}
