package org.relationsatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    private static String found(String text, String query) {
        int[] at = SearchText.of(text).find(SearchText.foldQuery(query));
        return at == null ? null : text.substring(at[0], at[1]);
    }

    @Test
    void arabicSearchIgnoresDiacritics() {
        assertThat(found("توقيع مُعاهَدة الصداقة", "معاهدة")).isEqualTo("مُعاهَدة");
        assertThat(found("توقيع معاهدة الصداقة", "مُعاهَدَة")).isEqualTo("معاهدة");
    }

    @Test
    void arabicIndicDigitsFindWesternOnesAndTheReverse() {
        assertThat(found("معاهدة عام 1950", "١٩٥٠")).isEqualTo("1950");
        assertThat(found("معاهدة عام ١٩٥٠", "1950")).isEqualTo("١٩٥٠");
    }

    @Test
    void arabicSearchIgnoresHamzaAndAlefSpellings() {
        assertThat(found("الاتفاقية الحدودية", "الإتفاقية")).isEqualTo("الاتفاقية");
        assertThat(found("آسيا الوسطى", "اسيا الوسطي")).isEqualTo("آسيا الوسطى");
        assertThat(found("أزمة مؤقتة", "مؤقته")).isEqualTo("مؤقتة");
    }

    @Test
    void englishSearchIgnoresCaseAndAccents() {
        assertThat(found("Ürümqi and Zhenbao", "urumqi")).isEqualTo("Ürümqi");
        assertThat(found("Ürümqi and Zhenbao", "ZHENBAO")).isEqualTo("Zhenbao");
    }

    @Test
    void aMissingWordIsNotFound() {
        assertThat(found("Treaty of Friendship", "pipeline")).isNull();
    }

    @Test
    void tatweelDoesNotHideAWord() {
        assertThat(found("معـــاهدة", "معاهدة")).isEqualTo("معـــاهدة");
    }
}
