package org.relationsatlas.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;

import tools.jackson.databind.json.JsonMapper;
import org.relationsatlas.i18n.Bilingual;

class LessonJsonTest {

    /** Two events and one region, as an atlas would have them. */
    private static final LessonJson.References ATLAS = new LessonJson.References() {
        private final Map<String, Integer> years = Map.of("treaty-1950", 1950, "zhenbao-clash-1969", 1969);

        @Override
        public OptionalInt eventYear(String eventId) {
            Integer year = years.get(eventId);
            return year == null ? OptionalInt.empty() : OptionalInt.of(year);
        }

        @Override
        public Optional<Layer> eventLayer(String eventId) {
            return eventId.startsWith("zhenbao") ? Optional.of(Layer.BORDERS) : Optional.empty();
        }

        @Override
        public boolean regionExists(String regionId) {
            return regionId.equals("amur-ussuri");
        }
    };

    private final LessonJson json = new LessonJson(JsonMapper.builder().build());

    private static Lesson lesson() {
        return new Lesson("border-demo", new Bilingual("The border", "الحدود"), List.of(
                new LessonStep(new YearRange(1969, 1969), EnumSet.of(Layer.BORDERS), "amur-ussuri",
                        new Camera(133.85, 46.5, 7), "zhenbao-clash-1969",
                        new Bilingual("Clashes on the Ussuri.", "اشتباكات على نهر أوسوري."),
                        new Bilingual("Point at the island.", "أشِر إلى الجزيرة.")),
                new LessonStep(new YearRange(1949, 1950), EnumSet.noneOf(Layer.class), null, null, "treaty-1950",
                        new Bilingual("The treaty.", "المعاهدة."), null)));
    }

    @Test
    void aLessonWrittenAndReadBackIsTheSame() {
        String file = json.write(lesson());
        assertThat(file).contains("\"format\" : \"relations-atlas-lesson/1\"");
        assertThat(json.read("demo.json", file, ATLAS)).isEqualTo(lesson());
    }

    @Test
    void everyProblemIsReportedWithItsStepAndField() {
        String file = json.write(lesson())
                .replace("\"from\" : 1969", "\"from\" : 1970")
                .replace("\"zoom\" : 7.0", "\"zoom\" : 40")
                .replace("\"caption_ar\" : \"المعاهدة.\"", "\"caption_ar\" : \"The treaty\"")
                .replace("\"region\" : \"amur-ussuri\"", "\"region\" : \"atlantis\", \"colour\" : \"red\"");
        assertThatThrownBy(() -> json.read("demo.json", file, ATLAS))
                .isInstanceOf(LessonFileException.class)
                .satisfies(e -> assertThat(((LessonFileException) e).problems()).extracting(Object::toString)
                        .contains("demo.json, step 1, field 'to': 1969 is before from (1970)",
                                "demo.json, step 2, field 'caption_ar': must be written in Arabic script: 'The treaty'")
                        .anyMatch(p -> p.startsWith("demo.json, step 1, field 'colour': unknown field"))
                        .anyMatch(p -> p.startsWith("demo.json, step 1, field 'region': no region 'atlantis'"))
                        .anyMatch(p -> p.startsWith("demo.json, step 1, field 'camera': camera 133.85, 46.5, zoom 40.0 is off the map")));
    }

    @Test
    void aStepsEventMustBeInItsYearsAndItsLayerShown() {
        String file = json.write(lesson()).replace("\"to\" : 1950", "\"to\" : 1949")
                .replace("\"layers\" : [ \"borders\" ]", "\"layers\" : [ ]");
        assertThatThrownBy(() -> json.read("demo.json", file, ATLAS))
                .satisfies(e -> assertThat(((LessonFileException) e).problems()).extracting(Object::toString).contains(
                        "demo.json, step 1, field 'layers': must include 'borders', the layer of event 'zhenbao-clash-1969'",
                        "demo.json, step 2, field 'event': 'treaty-1950' is dated 1950, outside the step's years 1949–1949"));
    }

    @Test
    void aHugeNumberInACameraIsAProblemNotACrash() {
        String huge = "9".repeat(400);
        String file = json.write(lesson()).replace("\"lon\" : 133.85", "\"lon\" : " + huge)
                .replace("\"zoom\" : 7.0", "\"zoom\" : -" + huge);
        assertThatThrownBy(() -> json.read("demo.json", file, ATLAS))
                .isInstanceOf(LessonFileException.class)
                .satisfies(e -> assertThat(((LessonFileException) e).problems()).extracting(Object::toString)
                        .anyMatch(p -> p.startsWith("demo.json, step 1, field 'camera':") && p.contains("off the map")));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotSilentlyOverwritten() {
        String file = json.write(lesson()).replaceFirst("\"id\" : \"border-demo\",",
                "\"id\" : \"border-demo\", \"id\" : \"other-lesson\",");
        assertThatThrownBy(() -> json.read("demo.json", file, ATLAS))
                .isInstanceOf(LessonFileException.class)
                .hasMessageContaining("demo.json: not valid JSON").hasMessageContaining("id");
    }

    @Test
    void notJsonOrNotALessonIsSaidPlainly() {
        assertThatThrownBy(() -> json.read("x.json", "{\"format\": ", ATLAS)).hasMessageContaining("x.json: not valid JSON");
        assertThatThrownBy(() -> json.read("x.json", "[1, 2]", ATLAS)).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> json.read("x.json", "{\"format\": \"other/2\", \"id\": \"Bad Id\", \"steps\": []}", ATLAS))
                .hasMessageContaining("field 'format': must be \"relations-atlas-lesson/1\"")
                .hasMessageContaining("field 'id': 'Bad Id' must be lowercase")
                .hasMessageContaining("field 'title_en': missing");
    }

    @Test
    void aLessonFileIsUtf8WithAByteOrderMarkDroppedAndAnythingElseRefusedWithItsByte() {
        byte[] arabic = "{\"title_ar\": \"درس\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(LessonJson.text("l.json", arabic)).isEqualTo("{\"title_ar\": \"درس\"}");
        byte[] withBom = new byte[arabic.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(arabic, 0, withBom, 3, arabic.length);
        assertThat(LessonJson.text("l.json", withBom)).startsWith("{");
        byte[] latin1 = {'{', '"', 'x', '"', ':', '"', 'd', 'r', (byte) 0xE9, 's', '"', '}'};
        assertThatThrownBy(() -> LessonJson.text("l.json", latin1)).isInstanceOf(LessonFileException.class)
                .hasMessageContaining("l.json: not valid UTF-8 at byte 9");
        assertThatThrownBy(() -> LessonJson.text("l.json", "{}".getBytes(StandardCharsets.UTF_16)))
                .hasMessageContaining("not valid UTF-8");
    }
}
