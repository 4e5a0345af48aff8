package org.relationsatlas.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.relationsatlas.years.YearRange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's year rules (MapFeature) give the answers of frontend/test/feature-years.cases.json,
 * the cases the browser's rules (frontend/feature-years.ts) are tested on too: a feature shown by the
 * API for a range is the one the map shows when it follows the years itself.
 */
class FeatureYearRulesTest {

    private static final Path CASES = Path.of("frontend/test/feature-years.cases.json");

    @Test
    void theServerShowsEachFeatureInTheStatusTheSharedCasesGive() {
        JsonNode shared = JsonMapper.builder().build().readTree(CASES.toFile());
        List<String> answers = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (JsonNode example : shared.get("cases")) {
            String id = example.get("feature").asString();
            MapFeature feature = feature(id, shared.get("features").get(id));
            YearRange range = new YearRange(example.get("from").asInt(), example.get("to").asInt());
            String status = feature.existsDuring(range) ? feature.statusDuring(range).id() : null;
            answers.add(id + " " + range.from() + "–" + range.to() + ": " + status);
            expected.add(id + " " + range.from() + "–" + range.to() + ": "
                    + (example.get("status").isNull() ? null : example.get("status").asString()));
        }
        assertThat(answers).hasSizeGreaterThan(5).isEqualTo(expected);
    }

    private static MapFeature feature(String id, JsonNode years) {
        List<FeaturePhase> phases = new ArrayList<>();
        for (JsonNode phase : years.get("phases")) {
            phases.add(new FeaturePhase(phase.get("from").asInt(),
                    FeatureStatus.byId(phase.get("status").asString()).orElseThrow()));
        }
        Integer until = years.get("until").isNull() ? null : years.get("until").asInt();
        return new MapFeature(id, Layer.BORDERS, new MapFeature.Names(id, id, null, null), phases, until, false, null,
                "{}", List.of(), List.of());
    }
}
