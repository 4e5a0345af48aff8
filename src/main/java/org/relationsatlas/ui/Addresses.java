package org.relationsatlas.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import org.relationsatlas.i18n.Lang;

/**
 * Every page's address and route pattern, written once. Addresses are relative to the app's root
 * (no leading slash), so the app works under any context path; each names its language.
 */
public final class Addresses {

    /** A lesson's id in a route: lowercase letters, digits and hyphens, as the lesson file format allows. */
    private static final String LESSON = "lesson/:" + RouteParameter.LESSON_ID + "([a-z0-9][a-z0-9-]*)";

    /** Route patterns, for {@code @Route}: compile-time constants. */
    public static final String ATLAS_ROUTE = "";
    public static final String COMPARE_ROUTE = "compare";
    public static final String LESSONS_ROUTE = "lessons";
    public static final String LESSON_ROUTE = LESSON;
    public static final String LESSON_STEP_ROUTE = LESSON + "/step/:" + RouteParameter.STEP + "([0-9]{1,4})";
    public static final String LESSON_EDIT_ROUTE = LESSON + "/edit";
    public static final String LESSON_NOTES_ROUTE = LESSON + "/notes";
    public static final String LOGIN_ROUTE = "login";

    /** The query parameter that opens the atlas for adding steps to a lesson (editors only). */
    public static final String ADD_TO_LESSON = "lesson";

    /** The query parameter of the log-in page after a wrong name or password. */
    public static final String LOGIN_FAILED = "error";

    /** The query parameter of the log-in page while logging in is paused: the whole minutes to wait. */
    public static final String LOGIN_PAUSED = "paused";

    /** Names of the route parameters in the patterns above. */
    public static final class RouteParameter {
        public static final String LESSON_ID = "lessonId";
        public static final String STEP = "number";

        private RouteParameter() {
        }
    }

    private Addresses() {
    }

    /** The atlas with these parameters ("" when there are none: the root). */
    public static String atlas(QueryParameters parameters) {
        return withParameters(ATLAS_ROUTE, parameters);
    }

    public static String atlas(Lang lang) {
        return atlas(QueryParameters.of("lang", lang.code()));
    }

    /** The atlas, set up to add steps to this lesson. */
    public static String atlasAddingTo(String lessonId, Lang lang) {
        return atlas(QueryParameters.simple(ordered("lang", lang.code(), ADD_TO_LESSON, lessonId)));
    }

    /** The comparison page with these parameters (see {@link #compareParameters}). */
    public static String compare(QueryParameters parameters) {
        return withParameters(COMPARE_ROUTE, parameters);
    }

    /** Two years compared, with the other view parameters (layers, region, lang) kept. */
    public static QueryParameters compareParameters(int first, int second, QueryParameters view) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("years", List.of(first + "," + second));
        view.getParameters().forEach((name, values) -> {
            if (!name.equals("from") && !name.equals("to") && !name.equals("event")) {
                parameters.put(name, values);
            }
        });
        return new QueryParameters(parameters);
    }

    public static String lessons(Lang lang) {
        return LESSONS_ROUTE + "?lang=" + lang.code();
    }

    public static String lesson(String lessonId, Lang lang) {
        return "lesson/" + lessonId + "?lang=" + lang.code();
    }

    public static String lessonStep(String lessonId, int step, Lang lang) {
        return "lesson/" + lessonId + "/step/" + step + "?lang=" + lang.code();
    }

    /** The route (without parameters) of a lesson's step, for navigation. */
    public static String lessonStepPath(String lessonId, int step) {
        return "lesson/" + lessonId + "/step/" + step;
    }

    public static String lessonEditor(String lessonId, Lang lang) {
        return lessonEditorPath(lessonId) + "?lang=" + lang.code();
    }

    public static String lessonEditorPath(String lessonId) {
        return "lesson/" + lessonId + "/edit";
    }

    public static String lessonNotes(String lessonId, Lang lang, int step) {
        return "lesson/" + lessonId + "/notes?lang=" + lang.code() + "&step=" + step;
    }

    /** A lesson as a lesson file (served by the API). */
    public static String lessonFile(String lessonId) {
        return "api/lessons/" + lessonId + ".json";
    }

    public static String login(Lang lang) {
        return LOGIN_ROUTE + "?lang=" + lang.code();
    }

    public static String loginFailed(Lang lang) {
        return LOGIN_ROUTE + "?" + LOGIN_FAILED + "&lang=" + lang.code();
    }

    public static String loginPaused(Lang lang, long minutes) {
        return LOGIN_ROUTE + "?" + LOGIN_PAUSED + "=" + minutes + "&lang=" + lang.code();
    }

    private static String withParameters(String route, QueryParameters parameters) {
        return new Location(route, parameters).getPathWithQueryParameters();
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
