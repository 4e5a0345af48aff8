package org.relationsatlas.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * The first response carries the page's first state as JSON inside a {@code <script>} (eager server
 * load, for the error pages' status), and Flow writes it without escaping {@code </}: a text such as
 * {@code </script><script>…} from an address would end the script there and run as HTML. In a JSON
 * string {@code <\/} is the same text, so the script keeps its meaning and the HTML parser sees no end tag.
 */
@Component
public class InitialScriptEscaping implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> escape(response.getDocument()));
    }

    static void escape(Document page) {
        for (var script : page.select("script[initial]")) {
            for (DataNode data : script.dataNodes()) {
                data.setWholeData(data.getWholeData().replace("</", "<\\/").replace("<!--", "<\\!--"));
            }
        }
    }
}
