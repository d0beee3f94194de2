package org.localis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: usable from the CLI, the web app and tests alike. */
class EngineArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.localis");

    @Test
    void engineImportsNoFrameworkOrDatabaseClasses() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.persistence..", "javax.servlet..",
                        "java.sql..", "javax.sql..", "org.hibernate..", "org.flywaydb..", "picocli..")
                .check(engine);
    }

    @Test
    void inputFormatsDoNotDependOnScoring() {
        noClasses().that().resideInAnyPackage("org.localis.input..", "org.localis.bom..", "org.localis.scheme..",
                        "org.localis.statement..", "org.localis.payment..", "org.localis.ledger..", "org.localis.fleet..",
                        "org.localis.bankdetails..")
                .should().dependOnClassesThat().resideInAPackage("org.localis.assessment..")
                .check(engine);
    }
}
