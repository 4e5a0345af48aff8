package org.relationsatlas.browser;

import java.util.List;

import org.junit.jupiter.api.Test;

class TmpFilterProfileBrowserTest extends BrowserTestBase {
    static final String CHANGE = """
            (range) => new Promise((resolve) => {
              const map = document.querySelector('atlas-map');
              const slider = document.querySelector('atlas-year-range');
              let busy = false; let busyAt = 0;
              performance.clearResourceTimings();
              const observer = new MutationObserver((records) => {
                if (!busy && map.getAttribute('data-ready') === 'false') busyAt = performance.now() - start;
                busy = busy || records.some((record) => record.oldValue === 'false') || map.getAttribute('data-ready') === 'false';
                if (busy && map.getAttribute('data-ready') === 'true') {
                  observer.disconnect();
                  const uidl = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl')).map(e => [Math.round(e.startTime - start), Math.round(e.duration), Math.round(e.responseStart - e.requestStart), e.transferSize, e.decodedBodySize]);
                  resolve({ total: Math.round(performance.now() - start), busyAt: Math.round(busyAt), uidl });
                }
              });
              observer.observe(map, { attributes: true, attributeFilter: ['data-ready'], attributeOldValue: true });
              const [from, to] = [slider.querySelector('input.from'), slider.querySelector('input.to')];
              const start = performance.now();
              from.value = String(range[0]); to.value = String(range[1]);
              to.dispatchEvent(new Event('input', { bubbles: true }));
              to.dispatchEvent(new Event('change', { bubbles: true }));
            })""";
    @Test
    void profile() {
        atlas.open("lang=en");
        int[][] ranges = {{1949, 1951}, {1969, 1969}, {1991, 2008}, {2009, 2019}, {2014, 2025}, {1945, 2025}, {1949, 1951}, {1969, 1969}, {1991, 2008}, {2009, 2019}, {2014, 2025}, {1945, 2025}};
        for (int[] r : ranges) {
            Object o = atlas.page().evaluate(CHANGE, List.of(r[0], r[1]));
            System.out.println("PROFILE " + r[0] + "-" + r[1] + " " + o);
            atlas.waitUntilReady();
        }
    }
}
