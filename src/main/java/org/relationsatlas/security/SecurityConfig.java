package org.relationsatlas.security;

import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.relationsatlas.api.JsonErrorResponses;
import org.relationsatlas.lessons.LessonService;
import org.relationsatlas.ui.Addresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security through Vaadin's configurer: views say who may open them (@AnonymousAllowed,
 * @RolesAllowed), the read-only API is open, and the lesson service checks the role again on every
 * change (@EnableMethodSecurity), so no path around a view can edit a lesson. Every change, the log-in
 * included, needs Spring's CSRF token ({@link CsrfTokenController} gives it to API clients), and too
 * many failed log-ins pause logging in ({@link LoginThrottle}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    /**
     * As strict as Vaadin Flow allows: everything from the app itself (the map, fonts and data ship with
     * it). Flow runs the server's executeJs calls through new Function ('unsafe-eval') and its
     * bootstrap and Lit components use inline scripts and styles ('unsafe-inline'); images and fonts
     * may be data: or blob: URLs (the PNG export, the base map's canvas, the bundled font). No frames
     * from elsewhere, no plugins, forms only to the app (the log-in form).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** The atlas uses no camera, microphone, location, payment or USB; full screen is for presenting. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)";

    /** What an API client without the CSRF token is told (README, "HTTP API", says the same). */
    static final String CSRF_REFUSED = "a change needs the CSRF token: GET " + CsrfTokenController.ADDRESS
            + " with the session cookie and send the token in the X-CSRF-TOKEN header";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, LoginThrottle throttle,
            ObjectProvider<SecurityContextHolderStrategy> contexts)
            throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        ThrottledLogin throttledLogin = new ThrottledLogin(throttle);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/lessons").hasRole(LessonService.EDITOR)
                // Every other method on the API reaches it, to be answered 405 or 404 as itself: there
                // is no other write (and LessonService checks the role again on every change).
                .requestMatchers("/api/**").permitAll()
                // Spring's error page: an error keeps its own status (400, 404, 405…) instead of
                // turning into a redirect to the log-in page or an empty 403.
                .requestMatchers("/error").permitAll()
                .requestMatchers("/actuator/health", "/styles/**", "/icons/**").permitAll());
        // Spring's CSRF token on every change, the log-in form included (Vaadin's own configuration
        // exempts the log-in page; its LoginForm sends the token from the page's meta tags). Only
        // Vaadin's internal requests go without: they carry Vaadin's own token. On the API, a request
        // without a session acts as no one, and keeps its own answer (401, 404, 405).
        http.csrf(csrf -> csrf
                .requireCsrfProtectionMatcher(request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                        && (!api.matches(request) || loggedIn(contexts)))
                // Vaadin's test reads the request's parameters (v-r), which parses a multipart body: the API's
                // requests are never Vaadin's, and a broken multipart body there keeps its own answer.
                .ignoringRequestMatchers(request -> !api.matches(request) && vaadinRequests.isFrameworkInternalRequest(request)));
        // The API answers 401 or 403 with a JSON message, not a redirect to the log-in page.
        http.exceptionHandling(handling -> handling
                .defaultAuthenticationEntryPointFor((request, response, refused) -> JsonErrorResponses.write(response,
                        401, "log in as an editor to change lessons"), api)
                .defaultAccessDeniedHandlerFor((request, response, refused) -> JsonErrorResponses.write(response,
                        403, refused instanceof CsrfException ? CSRF_REFUSED : "only editors may change lessons"), api)
                // Elsewhere Spring's own 403 (the log-in POST without its token): a single handler
                // would otherwise answer every request.
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
        // Too many failed log-ins pause logging in (LoginThrottle); Vaadin's configurer keeps this failure
        // handler. The log-in page is named here too: form log-in is set up before Vaadin's configurer
        // names it, and without one Spring would answer GET /login with its own generated page.
        http.addFilterBefore(throttledLogin, UsernamePasswordAuthenticationFilter.class);
        http.formLogin(form -> form.loginPage("/" + Addresses.LOGIN_ROUTE).failureHandler(throttledLogin));
        // The same as SecurityHeaders sets on every answer (Spring Security's own default is DENY).
        http.headers(headers -> headers.frameOptions(frames -> frames.sameOrigin()));
        // Pages are guarded by their views' annotations (Flow's navigation access control), the API above:
        // any other request reaches the app, so an unknown address is the 404 page, not a redirect to log in.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false).anyRequest(request -> request.permitAll())).build();
    }

    /**
     * Whether the request's session is logged in, read through this app's own context strategy (Vaadin's
     * bean): the static SecurityContextHolder is shared by every app in the JVM, and a second one started
     * beside this (as tests do) replaces its strategy.
     */
    private static boolean loggedIn(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        SecurityContextHolderStrategy strategy = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        return new AuthenticationTrustResolverImpl().isAuthenticated(strategy.getContext().getAuthentication());
    }

    /**
     * atlas.login.max-failures (5) failed log-ins for one name, or atlas.login.max-failures-per-address
     * (20, more because a school's computers may share one address), within atlas.login.window (15
     * minutes) pause logging in for atlas.login.lockout (5 minutes).
     */
    @Bean
    LoginThrottle loginThrottle(Clock clock, @Value("${atlas.login.window}") Duration window,
            @Value("${atlas.login.lockout}") Duration lockout, @Value("${atlas.login.max-failures}") int perName,
            @Value("${atlas.login.max-failures-per-address}") int perAddress) {
        return new LoginThrottle(clock, window, lockout, perName, perAddress);
    }

    @Bean
    ApplicationListener<AuthenticationSuccessEvent> forgiveFailuresOnLogIn(LoginThrottle throttle) {
        return event -> throttle.succeeded(event.getAuthentication().getName());
    }

    @Bean
    UserDetailsService editors(@Value("${atlas.editors:}") String configured) {
        var accounts = EditorAccounts.parse(configured, LessonService.EDITOR);
        if (accounts.isEmpty()) {
            LOG.info("No editor accounts (ATLAS_EDITORS is empty): lessons can be viewed and presented, not edited");
        }
        return new InMemoryUserDetailsManager(accounts);
    }
}
