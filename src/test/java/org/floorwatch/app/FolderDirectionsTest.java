package org.floorwatch.app;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The folder directions of README.md, "How the code is laid out" (and docs/decisions/0001): floorplan knows no other
 * folder, only app knows them all; JavaFX stays in views and app, SQL out of views.
 */
class FolderDirectionsTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.floorwatch");
    }

    @Test
    void foldersDependOnlyInTheAllowedDirections() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("app").definedBy("org.floorwatch.app..")
                .layer("views").definedBy("org.floorwatch.views..")
                .layer("ingest").definedBy("org.floorwatch.ingest..")
                .layer("localstore").definedBy("org.floorwatch.localstore..")
                .layer("floorplan").definedBy("org.floorwatch.floorplan..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("views").mayOnlyBeAccessedByLayers("app")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("app")
                .whereLayer("localstore").mayOnlyBeAccessedByLayers("ingest", "views", "app")
                .whereLayer("floorplan").mayOnlyBeAccessedByLayers("localstore", "ingest", "views", "app")
                .check(classes);
    }

    @Test
    void planStoreAndIngestNeverTouchJavaFx() {
        noClasses().that().resideInAnyPackage("org.floorwatch.floorplan..", "org.floorwatch.localstore..",
                        "org.floorwatch.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the plan, the store and the ingest run off the UI thread and must work headless;"
                        + " controls such as the floor map belong in views")
                .check(classes);
    }

    @Test
    void viewsRunNoSql() {
        noClasses().that().resideInAPackage("org.floorwatch.views..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.duckdb..")
                .because("screens read the store through localstore's read models, off the JavaFX thread")
                .check(classes);
    }

    @Test
    void onlyOneClassUsesDeltaKernelsInternals() {
        noClasses().that().doNotHaveFullyQualifiedName("org.floorwatch.localstore.lake.KernelFileActions")
                .should().dependOnClassesThat().resideInAPackage("io.delta.kernel.internal..")
                .because("Kernel 4.4 has no public call for remove actions; one class makes them as Delta's own writers do")
                .check(classes);
    }

    @Test
    void allClassesLiveInTheFivePackages() {
        noClasses().should().resideOutsideOfPackages("org.floorwatch.app..", "org.floorwatch.views..",
                        "org.floorwatch.ingest..", "org.floorwatch.localstore..", "org.floorwatch.floorplan..")
                .check(classes);
    }
}
