package org.relationsatlas.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.relationsatlas.lessons.LessonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/lessons").hasRole(LessonService.EDITOR)
                .requestMatchers("/actuator/health", "/styles/**", "/icons/**").permitAll());
        // The JSON API takes only application/json, which no cross-site form can send.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        // The API answers 401, not a redirect to the log-in page, to a caller who is not logged in.
        http.exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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
