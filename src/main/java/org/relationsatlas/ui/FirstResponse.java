package org.relationsatlas.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * How a page's first response is made. Pages are opened in it (Flow's eager server load), so an
 * unknown address or lesson is answered 404 and a failing page 500 with the error page, not 200 — all
 * but the atlas and the comparison, which never answer an error (bad parameters become notices) and
 * whose deep-linked first fit (a region) is lost when their map is opened that way.
 * <p>
 * The first state then travels as JSON inside a {@code <script>}, which Flow writes without escaping
 * {@code </}: a text such as {@code </script><script>…} from an address would end the script and run
 * as HTML. In a JSON string {@code <\/} is the same text, and the HTML parser sees no end tag.
 */
@Component
public class FirstResponse implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(FirstResponse::opensThePage);
        event.addIndexHtmlRequestListener(response -> escapeScripts(response.getDocument()));
    }

    static boolean opensThePage(VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceAll("^/+|/+$", "");
        return !path.equals(Addresses.ATLAS_ROUTE) && !path.equals(Addresses.COMPARE_ROUTE);
    }

    static void escapeScripts(Document page) {
        for (var script : page.select("script[initial]")) {
            for (DataNode data : script.dataNodes()) {
                data.setWholeData(data.getWholeData().replace("</", "<\\/").replace("<!--", "<\\!--"));
            }
        }
    }
}
