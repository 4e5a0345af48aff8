package org.relationsatlas;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/** The rules the README's "Code layout" states, and only those. */
@AnalyzeClasses(packages = "org.relationsatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** What the atlas is about and how it is stored and served: no UI here. */
    private static final String[] DOMAIN = {"org.relationsatlas.events..", "org.relationsatlas.layers..", "org.relationsatlas.regions..", "org.relationsatlas.trade..", "org.relationsatlas.lessons..",
            "org.relationsatlas.dataset..", "org.relationsatlas.years..", "org.relationsatlas.sources..", "org.relationsatlas.api..", "org.relationsatlas.i18n.."};

    /** The pages and their components. */
    private static final String[] VIEWS = {"org.relationsatlas.atlas..", "org.relationsatlas.classroom..", "org.relationsatlas.ui..", "org.relationsatlas.map..", "org.relationsatlas.security.."};

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.relationsatlas.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theDomainKnowsNoVaadin = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..");

    @ArchTest
    static final ArchRule theDomainKnowsNoView = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(VIEWS);

    @ArchTest
    static final ArchRule viewsGoThroughServices = noClasses().that().resideInAnyPackage(VIEWS)
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "org.relationsatlas.dataset..");

    @ArchTest
    static final ArchRule repositoriesServeOnlyServicesControllersAndTheLoader = classes()
            .that().areAnnotatedWith(Repository.class)
            .should().onlyHaveDependentClassesThat(servicesControllersOrTheLoader());

    @ArchTest
    static final ArchRule theAtlasKnowsNoLesson = noClasses().that().resideInAPackage("org.relationsatlas.atlas..")
            .should().dependOnClassesThat().resideInAnyPackage("org.relationsatlas.lessons..", "org.relationsatlas.classroom..");

    private static DescribedPredicate<JavaClass> servicesControllersOrTheLoader() {
        return are(annotated(Service.class)).or(annotated(RestController.class)).or(resideInAPackage("org.relationsatlas.dataset.."))
                .as("are services, controllers or the dataset loader");
    }

    private static DescribedPredicate<JavaClass> annotated(Class<? extends java.lang.annotation.Annotation> type) {
        return DescribedPredicate.describe("annotated with @" + type.getSimpleName(), javaClass -> javaClass.isAnnotatedWith(type));
    }
}
