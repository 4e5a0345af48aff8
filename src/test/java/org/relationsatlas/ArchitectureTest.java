package org.relationsatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package by feature, dependencies pointing one way: views → services → repositories. */
@AnalyzeClasses(packages = "org.relationsatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.relationsatlas.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainKnowsNothingOfTheUi = noClasses()
            .that().resideInAnyPackage("..events..", "..layers..", "..dataset..", "..years..", "..sources..", "..api..",
                    "..lessons..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..");

    @ArchTest
    static final ArchRule onlyTheAtlasViewComposesFeatures = noClasses()
            .that().resideInAnyPackage("..events..", "..layers..", "..map..", "..dataset..", "..i18n..")
            .should().dependOnClassesThat().resideInAPackage("..atlas..");

    @ArchTest
    static final ArchRule theMapComponentDoesNotReadTheDatabase = noClasses()
            .that().resideInAPackage("..map..")
            .should().dependOnClassesThat().resideInAnyPackage("..dataset..", "..events..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule layersDoNotKnowEvents = noClasses()
            .that().resideInAPackage("..layers..")
            .should().dependOnClassesThat().resideInAPackage("..events..");
}
