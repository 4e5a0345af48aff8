package org.relationsatlas.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fact, one value: the key facts of data/key-facts.json are stated alike wherever the dataset states them
 * (event dates and texts, lesson steps, feature phases), and event dates agree with the phases of the features
 * they are about. See {@link KeyFacts}.
 */
class KeyFactsTest {

    @Test
    void theShippedDatasetStatesEachKeyFactAlikeEverywhere() {
        assertThat(KeyFacts.problemsIn(DatasetFiles.SHIPPED)).isEmpty();
    }

    /** The contradiction of issue 14: one event dated diplomatic relations to 3 October 1949, another to 2 October. */
    @Test
    void aSecondDateForTheEstablishmentOfRelationsFailsNamingBothPlaces(@TempDir Path folder) {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text
                .replace("\"kind\": \"announced\",\n        \"date\": \"1949-10-02\"",
                        "\"kind\": \"announced\",\n        \"date\": \"1949-10-03\""));

        List<String> problems = KeyFacts.problemsIn(folder);

        assertThat(problems).singleElement().asString()
                .contains("key fact 'relations-established-1949' (1949-10-02)")
                .contains("events/1945-1990.json prc-recognition-1949, date 'announced' says 1949-10-03")
                .contains("events/1991-2013.json russia-succession-recognised-1991, summary");
    }

    @Test
    void aTextThatGivesAnotherDayInEnglishOrArabicFailsToo(@TempDir Path folder) {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1991-2013.json", text -> text
                .replace("في 2 أكتوبر 1949 بحسب وكالة شينخوا", "في 3 أكتوبر 1949 بحسب وكالة شينخوا"));

        assertThat(KeyFacts.problemsIn(folder)).singleElement().asString()
                .contains("events/1991-2013.json russia-succession-recognised-1991, summary says in Arabic: 1949-10-03")
                .contains("events/1945-1990.json prc-recognition-1949, date 'announced'");
    }

    @Test
    void aFigureChangedInOnePlaceFailsNamingTheOthers(@TempDir Path folder) {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1991-2013.json", text -> text
                .replace("some 174 km² in all", "some 170 km² in all"));

        assertThat(KeyFacts.problemsIn(folder)).singleElement().asString()
                .contains("key fact 'territory-returned-2008'")
                .contains("border-additional-protocol-2008, summary says in English: not '174 km²'")
                .contains("islands-handover-2008, summary");
    }

    @Test
    void aTradeTotalThatDiffersFromTheEventsReportingItFails(@TempDir Path folder) {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "trade.csv", text -> text.replace("\n2023,240.1,", "\n2023,240.7,"));

        assertThat(KeyFacts.problemsIn(folder)).singleElement().asString()
                .contains("key fact 'trade-2023'")
                .contains("trade.csv 2023, total_usd_bn says US$240.7 billion")
                .contains("events/2022-2025.json trade-record-2023, summary");
    }

    @Test
    void aFeaturePhaseInAnotherYearThanItsEventFails(@TempDir Path folder) {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "layers/pipelines.geojson", text -> text
                .replace("\"from\": 2011,\n            \"status\": \"operating\"", "\"from\": 2010,\n            \"status\": \"operating\""));

        assertThat(KeyFacts.problemsIn(folder))
                .anySatisfy(problem -> assertThat(problem)
                        .contains("key fact 'espo-spur-operating-year' (2011)")
                        .contains("layers/pipelines.geojson espo-skovorodino-daqing, phase 'operating' says 'operating' from 2010")
                        .contains("espo-spur-opens-2011, date 'opened'"));
    }

    @Test
    void anEventDateOutsideItsFeaturesPhaseFailsUnlessListedAsAKnownDifference(@TempDir Path folder) {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "key-facts.json", text -> text.replace("\"feature\": \"china-east-route-north\",\n      \"why\"",
                "\"feature\": \"another-feature\",\n      \"why\""));

        assertThat(KeyFacts.problemsIn(folder)).singleElement().asString()
                .contains("power-of-siberia-construction-2014, date 'started' 2014-09-01, but layers/pipelines.geojson "
                        + "china-east-route-north is 'under-construction' only in 2015–2018");
    }
}
