package org.relationsatlas;

import java.time.Clock;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.LoadDependenciesOnStartup;

import org.relationsatlas.atlas.AtlasView;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Starts the atlas: Spring Boot with the Vaadin UI, the HTTP API and the H2 database. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/atlas.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// The atlas's components are in the first bundle, which downloads while Flow's first round trip is on its
// way; every other page's (the presenter's, the comparison's, the editor's) in a chunk of its own, loaded
// only when that page is opened.
@LoadDependenciesOnStartup(AtlasView.class)
// The Arabic font every page may need; frontend/arabic-font.ts decides when it loads.
@NpmPackage(value = "@fontsource/noto-sans-arabic", version = "5.3.0")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(PasswordHash.COMMAND)) {
            PasswordHash.run();
            return;
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    /** One clock for the whole app, so time-dependent code can be tested. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
