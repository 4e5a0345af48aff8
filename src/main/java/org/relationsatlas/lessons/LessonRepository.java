package org.relationsatlas.lessons;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import org.relationsatlas.i18n.Bilingual;

/**
 * Lessons in H2: a lesson row and its steps, always written together. A change is on the disk when its
 * method returns, so an editor told "Saved" (or 200) keeps the save through a crash or a power cut.
 */
@Repository
public class LessonRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public LessonRepository(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Every lesson with its steps, by title. */
    public List<Lesson> findAll() {
        return jdbc.sql("select id, title_en, title_ar from lesson order by title_en").query(this::lesson).list();
    }

    public Optional<Lesson> find(String id) {
        return jdbc.sql("select id, title_en, title_ar from lesson where id = ?").param(id).query(this::lesson).optional();
    }

    private Lesson lesson(ResultSet rs, int row) throws SQLException {
        return new Lesson(rs.getString(1), new Bilingual(rs.getString(2), rs.getString(3)), steps(rs.getString(1)));
    }

    public boolean exists(String id) {
        return jdbc.sql("select count(*) from lesson where id = ?").param(id).query(Integer.class).single() > 0;
    }

    /** Writes the lesson whole, replacing one with the same id; all or nothing, on the disk when it returns. */
    public void save(Lesson lesson) {
        transaction.executeWithoutResult(status -> write(lesson));
        forceToDisk();
    }

    private void write(Lesson lesson) {
        jdbc.sql("delete from lesson where id = ?").param(lesson.id()).update();
        jdbc.sql("insert into lesson (id, title_en, title_ar, updated_at) values (?, ?, ?, ?)")
                .params(lesson.id(), lesson.title().en(), lesson.title().ar(), Timestamp.from(Instant.now()))
                .update();
        int position = 0;
        for (LessonStep step : lesson.steps()) {
            Camera camera = step.camera();
            jdbc.sql("""
                    insert into lesson_step (lesson_id, position, from_year, to_year, layers, region_id,
                        camera_lon, camera_lat, camera_zoom, event_id, caption_en, caption_ar, notes_en, notes_ar)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(lesson.id(), position++, step.range().from(), step.range().to(),
                            step.layers().stream().map(Layer::id).collect(Collectors.joining(",")), step.regionId(),
                            camera == null ? null : camera.lon(), camera == null ? null : camera.lat(),
                            camera == null ? null : camera.zoom(), step.eventId(), step.caption().en(),
                            step.caption().ar(), step.notes() == null ? null : step.notes().en(),
                            step.notes() == null ? null : step.notes().ar())
                    .update();
        }
    }

    public void delete(String id) {
        jdbc.sql("delete from lesson where id = ?").param(id).update();
        forceToDisk();
    }

    /**
     * Forces the committed changes to the disk (fsync), after the commit: the JDBC URL's WRITE_DELAY=0 has
     * H2 write each commit to the file before the commit returns, which survives kill -9 but not a power
     * cut, and H2 2.x has no setting that syncs on commit (ACCESS_MODE_DATA=rws is no longer read).
     */
    private void forceToDisk() {
        jdbc.sql("checkpoint sync").update();
    }

    private List<LessonStep> steps(String lessonId) {
        return jdbc.sql("""
                select from_year, to_year, layers, region_id, camera_lon, camera_lat, camera_zoom, event_id,
                       caption_en, caption_ar, notes_en, notes_ar
                from lesson_step where lesson_id = ? order by position""")
                .param(lessonId)
                .query((rs, row) -> step(rs))
                .list();
    }

    private static LessonStep step(ResultSet rs) throws SQLException {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        Arrays.stream(rs.getString(3).split(",")).map(Layer::byId).flatMap(Optional::stream).forEach(layers::add);
        double lon = rs.getDouble(5);
        Camera camera = rs.wasNull() ? null : new Camera(lon, rs.getDouble(6), rs.getDouble(7));
        String notesEn = rs.getString(11);
        String notesAr = rs.getString(12);
        return new LessonStep(new YearRange(rs.getInt(1), rs.getInt(2)), layers, rs.getString(4), camera,
                rs.getString(8), new Bilingual(rs.getString(9), rs.getString(10)),
                notesEn == null && notesAr == null ? null : new Bilingual(notesEn, notesAr));
    }
}
