package org.relationsatlas.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.events.Category;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.layers.MapFeature;
import org.relationsatlas.regions.Region;
import org.relationsatlas.trade.TradeYear;
import org.relationsatlas.years.YearRange;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the shipped dataset must contain. The format itself (schema, ids, links, dates, geometry,
 * scripts, seed quotes) is checked by {@link DatasetReader}, which this reads through: reading
 * fails with every problem listed.
 */
class ShippedDatasetTest {

    private static Dataset dataset;

    @BeforeAll
    static void readTheShippedDataset() {
        dataset = new DatasetReader(JsonMapper.builder().build()).read(DatasetFiles.SHIPPED);
    }

    private static Map<String, AtlasEvent> events() {
        return dataset.events().stream().collect(Collectors.toMap(AtlasEvent::id, Function.identity()));
    }

    private static Map<String, MapFeature> features() {
        return dataset.features().stream().collect(Collectors.toMap(MapFeature::id, Function.identity()));
    }

    @Test
    void atLeastNinetyEventsFrom1945To2026EachWithASource() {
        assertThat(dataset.events()).hasSizeGreaterThanOrEqualTo(90);
        assertThat(dataset.events()).allSatisfy(event -> assertThat(event.sources()).isNotEmpty());
        assertThat(dataset.events().stream().map(e -> e.date().year()).collect(Collectors.toSet()))
                .contains(1945, 1950, 1969, 1991, 2001, 2004, 2008, 2014, 2019, 2022, 2024, 2025, 2026);
    }

    @Test
    void everyKindOfEventIsThere() {
        Set<Category> categories = dataset.events().stream().map(AtlasEvent::category).collect(Collectors.toSet());
        assertThat(categories).contains(Category.values());
    }

    /** The eight disagreements between the seed paper/article and public sources (research/facts.md). */
    @Test
    void everySeedDisagreementIsShownWithBothVersions() {
        Map<String, String> required = Map.of(
                "ukraine-invasion-2022", "seed-001",
                "eastern-border-agreement-1991", "seed-001",
                "rosatom-china-package-2018", "seed-001",
                "far-eastern-route-contract-2022", "seed-001",
                "eastern-polygon-investment-2024", "seed-001",
                "putin-state-visit-beijing-2024", "seed-001",
                "ocean-2024", "seed-001",
                "treaty-1950-notice-1979", "seed-000");
        Map<String, AtlasEvent> events = events();
        required.forEach((id, source) -> assertThat(events.get(id)).as(id).isNotNull()
                .satisfies(event -> assertThat(event.disagreement()).as(id + " disagreement").isNotNull()
                        .satisfies(d -> {
                            assertThat(d.source()).isEqualTo(source);
                            assertThat(d.claim().ar()).isNotBlank();
                            assertThat(d.sourcesSay().en()).isNotBlank();
                        })));
    }

    @Test
    void theRequiredFeaturesAreMapped() {
        assertThat(features().keySet()).contains(
                "border-eastern-1991", "border-western-1994", "border-supplementary-2004",
                "zhenbao-island", "bolshoy-ussuriysky-island", "tarabarov-island", "abagaitu-island",
                "tielieketi-clash-site",
                "espo-skovorodino-daqing", "espo-mohe-daqing-second-line", "power-of-siberia",
                "china-east-route-north", "china-east-route-middle", "china-east-route-south", "far-eastern-route", "power-of-siberia-2",
                "chinese-changchun-railway", "zabaikalsk-manzhouli", "grodekovo-suifenhe",
                "tongjiang-nizhneleninskoye-bridge", "blagoveshchensk-heihe-bridge",
                "peace-mission-2005", "joint-sea-2012", "vostok-2018", "tsentr-2019", "zapad-interaction-2021",
                "vostok-2022", "north-interaction-2023", "north-interaction-2024", "ocean-2024",
                "joint-air-patrols", "coast-guard-patrol-2024");
        for (Layer layer : Layer.values()) {
            if (layer != Layer.PLACES) { // placesAreOnTheMap checks the places
                assertThat(dataset.features().stream().filter(f -> f.layer() == layer)).as(layer.id()).hasSizeGreaterThan(2);
            }
        }
        assertThat(features()).containsKeys("moscow", "beijing");
    }

    /**
     * The events with no single place on the map, and why; any other event must be placed. The issue asked
     * for at least 95% placed: these nine cannot be placed without inventing a venue (see the closing note).
     */
    private static final Map<String, String> WITHOUT_A_PLACE = Map.of(
            "sino-vietnamese-war-1979", "a war on the China–Vietnam border, which no region of the atlas contains",
            "treaty-1950-expires-1980", "a treaty's term ending: no venue",
            "unsc-crimea-vote-2014", "a vote in New York, off the map",
            "china-abstains-un-votes-2022", "votes in New York, off the map",
            "us-caatsa-sanctions-edd-2018", "a decision in Washington, off the map",
            "trade-record-2023", "a year's trade figure",
            "trade-record-2024", "a year's trade figure",
            "trade-2025-first-fall", "a year's trade figure",
            "russia-top-crude-supplier-2023", "a year's trade figure");

    @Test
    void everyEventIsPlacedUnlessItIsKnownToHaveNoSinglePlace() {
        assertThat(dataset.events()).allSatisfy(event -> assertThat(!event.featureIds().isEmpty() || event.noPlace())
                .as("%s has no features and no no_place", event.id()).isTrue());
        assertThat(dataset.events().stream().filter(AtlasEvent::noPlace).map(AtlasEvent::id))
                .as("events marked no_place").containsExactlyInAnyOrderElementsOf(WITHOUT_A_PLACE.keySet());
        long placed = dataset.events().stream().filter(event -> !event.featureIds().isEmpty()).count();
        assertThat(placed * 100.0 / dataset.events().size()).as("%% of events placed (%d of %d)", placed,
                dataset.events().size()).isGreaterThanOrEqualTo(93.0);
    }

    /** Two wars are placed by a rough area of the year they began; two statements where the ministry made them. */
    @Test
    void theWarsHaveAnApproximateClashAreaAndTheSanctionStatementsArePlacedInBeijing() {
        Map<String, AtlasEvent> events = events();
        Map<String, String> areas = Map.of("soviet-invasion-manchuria-1945", "soviet-manchuria-offensive-1945",
                "ukraine-invasion-2022", "russian-invasion-ukraine-2022");
        areas.forEach((eventId, areaId) -> {
            assertThat(events.get(eventId).featureIds()).as(eventId).containsExactly(areaId);
            MapFeature area = features().get(areaId);
            int year = Integer.parseInt(eventId.substring(eventId.length() - 4));
            assertThat(area.layer()).as(areaId).isEqualTo(Layer.BORDERS);
            assertThat(area.approximate()).as(areaId).isTrue();
            assertThat(area.statusIn(year).id()).as(areaId).isEqualTo("clash");
            assertThat(area.existsDuring(new YearRange(year + 1, year + 1))).as(areaId + " after " + year).isFalse();
        });
        for (String id : List.of("china-rejects-sanctions-2014", "china-rejects-eu-drone-sanctions-2024")) {
            assertThat(events.get(id).featureIds()).as(id).containsExactly("beijing");
        }
    }

    @Test
    void powerOfSiberiaIsAbsentIn2005UnderConstructionIn2016AndOperatingIn2020() {
        MapFeature pipeline = features().get("power-of-siberia");
        assertThat(pipeline.existsDuring(new org.relationsatlas.years.YearRange(2005, 2005))).isFalse();
        assertThat(pipeline.statusIn(2016).id()).isEqualTo("under-construction");
        assertThat(pipeline.statusIn(2020).id()).isEqualTo("operating");
    }

    @Test
    void zhenbaoIsDisputedIn1969AndSettledAfter1991() {
        MapFeature island = features().get("zhenbao-island");
        assertThat(island.statusIn(1969).id()).isEqualTo("disputed");
        assertThat(island.statusIn(1992).id()).isIn("agreed", "demarcated", "handed-over");
    }

    /** The China–USSR/Russia border is drawn in every year, from the treaty lines to the agreed sections. */
    @Test
    void theChinaRussiaBorderIsDrawnInEveryYearOfTheAtlas() {
        Map<String, MapFeature> features = features();
        for (int year = YearRange.EARLIEST; year <= YearRange.LATEST; year++) {
            YearRange single = new YearRange(year, year);
            assertThat(features.get("border-treaty-line-east").existsDuring(single)
                    || features.get("border-eastern-1991").existsDuring(single)).as("eastern line in %d", year).isTrue();
            assertThat(features.get("border-treaty-line-altai").existsDuring(single)
                    || features.get("border-western-1994").existsDuring(single)).as("Altai line in %d", year).isTrue();
        }
        MapFeature treatyLine = features.get("border-treaty-line-east");
        assertThat(treatyLine.firstYear()).isLessThan(1945);
        assertThat(treatyLine.statusIn(1969).id()).isEqualTo("agreed");
        assertThat(treatyLine.existsDuring(new YearRange(1992, 1992))).isFalse();
    }

    @Test
    void theCentralAsianSectorIsSinoSovietIn1969AndASuccessorStatesBorderIn2008() {
        for (String id : List.of("border-sino-soviet-kazakh", "border-sino-soviet-kyrgyz", "border-sino-soviet-pamir")) {
            MapFeature sector = features().get(id);
            assertThat(sector.existsDuring(new YearRange(1969, 1969))).as(id).isTrue();
            assertThat(sector.statusIn(1969).id()).as(id).isIn("agreed", "disputed");
            assertThat(sector.statusIn(2008).id()).as(id).isEqualTo("successor");
        }
        assertThat(features().get("border-sino-soviet-pamir").statusIn(1969).id()).isEqualTo("disputed");
    }

    @Test
    void theBorderAreaOfThe1996And1997AgreementsAppearsFrom1996() {
        MapFeature area = features().get("border-area-1996-1997");
        assertThat(area.approximate()).isTrue();
        assertThat(area.existsDuring(new YearRange(1995, 1995))).isFalse();
        assertThat(area.existsDuring(new YearRange(1996, 1996))).isTrue();
        assertThat(area.existsDuring(new YearRange(1997, 1997))).isTrue();
        assertThat(area.sources()).extracting(source -> source.url())
                .anySatisfy(url -> assertThat(url).contains("pax.peaceagreements.org/agreements/531"))
                .anySatisfy(url -> assertThat(url).contains("rferl.org/a/1084617"));
    }

    @Test
    void everySourceSaysTheLanguageOfItsTitle() {
        assertThat(dataset.events().stream().flatMap(event -> event.sources().stream()))
                .allSatisfy(source -> assertThat(source.titleLang()).as(source.url()).isNotNull());
        assertThat(dataset.features().stream().flatMap(feature -> feature.sources().stream()))
                .allSatisfy(source -> assertThat(source.titleLang()).as(source.url()).isNotNull());
        assertThat(dataset.trade()).allSatisfy(year -> assertThat(year.source().titleLang()).isNotNull());
        assertThat(dataset.features().stream().flatMap(feature -> feature.sources().stream()))
                .anySatisfy(source -> assertThat(source.titleLang()).isEqualTo("zh"))
                .anySatisfy(source -> assertThat(source.titleLang()).isEqualTo("ru"));
    }

    /** The regions students explore by (the list) each have events and map features. */
    private static final List<String> EXPLORED_REGIONS = List.of("amur-ussuri", "northeast-china",
            "inner-mongolia-mongolia", "xinjiang-central-asia", "siberia", "arctic", "western-pacific", "capitals");

    @Test
    void everyRegionHasEventsAndTheExploredOnesHaveFeatures() {
        assertThat(dataset.regions()).extracting(Region::id).containsAll(EXPLORED_REGIONS);
        for (Region region : dataset.regions()) {
            assertThat(dataset.events().stream().filter(event -> event.regionIds().contains(region.id())).map(AtlasEvent::id))
                    .as("events in " + region.id()).isNotEmpty();
        }
        for (String region : EXPLORED_REGIONS.subList(0, EXPLORED_REGIONS.size() - 1)) {
            assertThat(dataset.features().stream().filter(f -> f.regionIds().contains(region)).map(MapFeature::id))
                    .as("features in " + region).isNotEmpty();
        }
    }

    @Test
    void tradeHasAFigureForEveryYearFrom1992To2024() {
        List<Integer> years = dataset.trade().stream().map(TradeYear::year).toList();
        for (int year = 1992; year <= 2024; year++) {
            assertThat(years).as("trade figures").contains(year);
        }
        assertThat(dataset.trade()).allSatisfy(year -> assertThat(year.source().url()).startsWith("http"));
    }

    @Test
    void sourcesMdListsEveryCitedPage() throws Exception {
        String listing = java.nio.file.Files.readString(DatasetFiles.SHIPPED.resolve("SOURCES.md"));
        List<String> cited = new java.util.ArrayList<>();
        dataset.events().forEach(event -> event.sources().forEach(source -> cited.add(source.url())));
        dataset.features().forEach(feature -> feature.sources().forEach(source -> cited.add(source.url())));
        dataset.trade().forEach(year -> cited.add(year.source().url()));
        dataset.baseMap().forEach(change -> change.sources().forEach(source -> cited.add(source.url())));
        assertThat(cited).as("cited pages missing from data/SOURCES.md (run python3 data/make_sources_md.py)")
                .allSatisfy(url -> assertThat(listing).contains("](" + url + ")"));
    }

    @Test
    void eventsFromTheSeedsQuoteThem() {
        assertThat(dataset.events().stream().filter(event -> event.seed() != null)).hasSizeGreaterThanOrEqualTo(20);
    }
}
