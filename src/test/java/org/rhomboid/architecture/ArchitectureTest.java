package org.rhomboid.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Module boundaries. Clinical and billing rules live in each feature's {@code domain} package as plain Java:
 * no Spring, no JDBC, no servlet or validation API, so they can be read, tested and reused on their own.
 */
@AnalyzeClasses(packages = "org.rhomboid", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The JDK's own HMAC (javax.crypto) is plain Java too: one-time codes are computed with it. */
    @ArchTest
    static final ArchRule rulesArePlainJava = classes().that().resideInAPackage("org.rhomboid..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "org.rhomboid..domain..")
            .because("clinical and billing rules must not depend on frameworks or the database");

    @ArchTest
    static final ArchRule rulesDoNotReachIntoShells = noClasses().that().resideInAPackage("org.rhomboid..domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "javax.crypto..", "org.rhomboid..domain..");

    @ArchTest
    static final ArchRule featuresDoNotFormCycles = slices().matching("org.rhomboid.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyRepositoriesAndInfrastructureTalkSql = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
            .because("controllers are thin shells: SQL belongs in repositories");

    @ArchTest
    static final ArchRule sharedExceptionsStayFrameworkFree = classes().that().resideInAPackage("org.rhomboid.shared..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rhomboid.shared..");
}
