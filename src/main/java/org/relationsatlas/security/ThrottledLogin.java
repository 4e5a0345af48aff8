package org.relationsatlas.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.ui.Addresses;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The log-in form's POST through the {@link LoginThrottle}: while a name or an address is paused, the
 * attempt is answered with the log-in page saying how long to wait, and the password is not even
 * checked; a failed attempt is counted, and the one that reaches the limit already says so. Both
 * keep the page's language (the form posts to {@code login?lang=…}).
 */
final class ThrottledLogin extends OncePerRequestFilter implements AuthenticationFailureHandler {

    /** The form's fields, as Vaadin's LoginForm and Spring Security's form log-in both name them. */
    static final String USERNAME = "username";

    private final LoginThrottle throttle;
    private final RequestMatcher loginPost =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/" + Addresses.LOGIN_ROUTE);

    ThrottledLogin(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !loginPost.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var paused = throttle.pausedFor(request.getParameter(USERNAME), request.getRemoteAddr());
        if (paused.isPresent()) {
            redirect(request, response, Addresses.loginPaused(lang(request), wholeMinutes(paused.get())));
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        String name = request.getParameter(USERNAME);
        throttle.failed(name, request.getRemoteAddr());
        var paused = throttle.pausedFor(name, request.getRemoteAddr());
        redirect(request, response, paused.isPresent()
                ? Addresses.loginPaused(lang(request), wholeMinutes(paused.get()))
                : Addresses.loginFailed(lang(request)));
    }

    /** The minutes to wait, rounded up: "1 minute" while any of it is left. */
    static long wholeMinutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static Lang lang(HttpServletRequest request) {
        return Lang.resolve(request.getParameter("lang"), request.getLocale());
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String address)
            throws IOException {
        // 303: the browser fetches the log-in page with GET, never re-posting the password.
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/" + address);
    }
}
