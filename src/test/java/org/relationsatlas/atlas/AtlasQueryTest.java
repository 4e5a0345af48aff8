package org.relationsatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;

class AtlasQueryTest {

    private static AtlasQuery.Parsed parse(String query) {
        return AtlasQuery.parse(QueryParameters.fromString(query), Lang.EN, id -> id.equals("treaty-1950"),
                id -> id.equals("arctic"));
    }

    @Test
    void aDeepLinkIsReadWhole() {
        AtlasQuery.Parsed parsed = parse("from=1949&to=1951&layers=borders,railways&event=treaty-1950");
        assertThat(parsed.notices()).isEmpty();
        assertThat(parsed.query().range()).isEqualTo(new YearRange(1949, 1951));
        assertThat(parsed.query().layers()).containsExactlyInAnyOrder(Layer.BORDERS, Layer.RAILWAYS);
        assertThat(parsed.query().eventId()).isEqualTo("treaty-1950");
    }

    @Test
    void badParametersFallBackAndSaySo() {
        AtlasQuery.Parsed parsed = parse("from=abc&to=3000&layers=borders,rivers&event=no-such-event");
        assertThat(parsed.query().range()).isEqualTo(YearRange.ALL);
        assertThat(parsed.query().layers()).containsExactly(Layer.BORDERS);
        assertThat(parsed.query().eventId()).isNull();
        assertThat(parsed.notices()).containsExactly(
                "Ignored 'from=abc': not a year between 1945 and 2026.",
                "Ignored 'to=3000': not a year between 1945 and 2026.",
                "Ignored unknown layer 'rivers'.",
                "No event 'no-such-event' in the atlas.");
    }

    @Test
    void anUnknownRegionIsIgnoredWithANotice() {
        AtlasQuery.Parsed parsed = parse("region=atlantis");
        assertThat(parsed.query().regionId()).isNull();
        assertThat(parsed.notices()).containsExactly("Ignored unknown region 'atlantis'.");
    }

    @Test
    void aBackwardsRangeIsSwapped() {
        AtlasQuery.Parsed parsed = parse("from=1991&to=1969");
        assertThat(parsed.query().range()).isEqualTo(new YearRange(1969, 1991));
        assertThat(parsed.notices()).hasSize(1);
    }

    @Test
    void theUrlLeavesOutDefaults() {
        AtlasQuery query = new AtlasQuery(new YearRange(1949, 2026), EnumSet.allOf(Layer.class), null, Lang.AR, false, null);
        assertThat(query.toQueryParameters().getParameters())
                .isEqualTo(Map.of("from", List.of("1949"), "lang", List.of("ar")));
    }

    @Test
    void theUrlRoundTrips() {
        AtlasQuery query = parse("from=1949&to=1951&layers=railways,borders&event=treaty-1950&disagreements=only&region=arctic").query();
        assertThat(query.regionId()).isEqualTo("arctic");
        assertThat(query.onlyDisagreements()).isTrue();
        assertThat(parse(query.toQueryParameters().getQueryString()).query()).isEqualTo(query);
    }
}
