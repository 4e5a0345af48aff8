package org.relationsatlas.ui;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The frontend build's files (VAADIN/build/: scripts, styles, fonts, the base map and the water) are named
 * by a hash of their content, so a name always means the same bytes: the browser may keep them a year
 * without asking again. Vaadin serves them with an hour's max-age; this filter replaces its Cache-Control.
 * Files without a hash in the name (the page, its icons) keep theirs.
 */
@Component
public class HashedAssetCaching extends OncePerRequestFilter {

    /** A year, the longest max-age caches honour, and never revalidated. */
    public static final String IMMUTABLE = "max-age=31536000, immutable";

    /** Vite's names: name-HASH.ext, the hash eight characters of base64url. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.[A-Za-z0-9]+");

    static boolean isHashed(String pathInApp) {
        return HASHED.matcher(pathInApp).matches();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isHashed(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, isCacheControl(name) ? IMMUTABLE : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (isCacheControl(name)) {
                    super.setHeader(name, IMMUTABLE);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    private static boolean isCacheControl(String name) {
        return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name);
    }
}
