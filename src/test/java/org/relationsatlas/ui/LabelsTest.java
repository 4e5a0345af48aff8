package org.relationsatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relationsatlas.events.Category;
import org.relationsatlas.events.DateKind;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.layers.FeatureStatus;

class LabelsTest {

    @Test
    void everyCategoryAndStatusHasALabelInBothLanguages() {
        for (Lang lang : Lang.values()) {
            for (Category category : Category.values()) {
                assertThat(Labels.label(category, lang)).as(category + " in " + lang).isNotBlank();
            }
            assertThat(Labels.statusLabels(lang)).hasSize(FeatureStatus.values().length)
                    .allSatisfy((id, label) -> assertThat(label).isNotBlank());
        }
        assertThat(Labels.statusLabels(Lang.AR).get("under-construction")).isEqualTo("قيد الإنشاء");
    }

    @Test
    void everyDateKindButAPlainOccurrenceIsNamedInBothLanguages() {
        for (DateKind kind : DateKind.values()) {
            boolean named = kind != DateKind.OCCURRED;
            assertThat(kind.label(Lang.EN).isEmpty()).as(kind.id()).isNotEqualTo(named);
            assertThat(kind.label(Lang.AR).isEmpty()).as(kind.id()).isNotEqualTo(named);
        }
    }
}
