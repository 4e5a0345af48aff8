package org.relationsatlas.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.relationsatlas.lessons.LessonService;
import org.springframework.stereotype.Component;

/**
 * How a page's first response is made. A page that will be the 404 page (an address no route matches,
 * a lesson that does not exist) is opened in it (Flow's eager server load), so it is answered 404, not
 * 200. Other pages keep the usual start (their view opened by the browser's next request): opened in
 * the first response, the atlas lost a deep-linked region's fit and the presenter its first camera flight.
 * <p>
 * The first state then travels as JSON inside a {@code <script>}, which Flow writes without escaping
 * {@code </}: a text such as {@code </script><script>…} from an address would end the script and run
 * as HTML. In a JSON string {@code <\/} is the same text, and the HTML parser sees no end tag.
 */
@Component
public class FirstResponse implements VaadinServiceInitListener {

    private final LessonService lessons;

    public FirstResponse(LessonService lessons) {
        this.lessons = lessons;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(this::isNotFound);
        event.addIndexHtmlRequestListener(response -> escapeScripts(response.getDocument()));
    }

    /** Whether this page request will show the 404 page: no route for it, or a lesson address without a lesson. */
    boolean isNotFound(VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceAll("^/+|/+$", "");
        if (request.getService().getRouter().getRegistry().getNavigationTarget(path).isEmpty()) {
            return true;
        }
        // lesson/{id}, lesson/{id}/step/{n}, …/edit, …/notes (Addresses.LESSON_ROUTE and the routes under it).
        String[] segments = path.split("/");
        return segments.length >= 2 && segments[0].equals("lesson") && lessons.lesson(segments[1]).isEmpty();
    }

    static void escapeScripts(Document page) {
        for (var script : page.select("script[initial]")) {
            for (DataNode data : script.dataNodes()) {
                data.setWholeData(data.getWholeData().replace("</", "<\\/").replace("<!--", "<\\!--"));
            }
        }
    }
}
