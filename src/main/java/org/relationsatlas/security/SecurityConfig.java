package org.relationsatlas.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.relationsatlas.api.JsonErrorResponses;
import org.relationsatlas.lessons.LessonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security through Vaadin's configurer: views say who may open them (@AnonymousAllowed,
 * @RolesAllowed), the read-only API is open, and the lesson service checks the role again on every
 * change (@EnableMethodSecurity), so no path around a view can edit a lesson.
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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
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
        // The JSON API takes only application/json, which no cross-site form can send.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        // The API answers 401 or 403 with a JSON message, not a redirect to the log-in page.
        http.exceptionHandling(handling -> handling
                .defaultAuthenticationEntryPointFor((request, response, refused) -> JsonErrorResponses.write(response,
                        401, "log in as an editor to change lessons"), api)
                .defaultAccessDeniedHandlerFor((request, response, refused) -> JsonErrorResponses.write(response,
                        403, "only editors may change lessons"), api));
        // The same as SecurityHeaders sets on every answer (Spring Security's own default is DENY).
        http.headers(headers -> headers.frameOptions(frames -> frames.sameOrigin()));
        // Pages are guarded by their views' annotations (Flow's navigation access control), the API above:
        // any other request reaches the app, so an unknown address is the 404 page, not a redirect to log in.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(request -> request.permitAll())).build();
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
