package org.parcours.portfolio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The portfolio is the domain: it never knows how it is shown or called (docs/adr/0002). */
@AnalyzeClasses(
    packages = "org.parcours.portfolio",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

  @ArchTest
  static final ArchRule noHttpPagesOrSearch =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..", "org.apache.lucene..");

  @ArchTest
  static final ArchRule useCasesDoNotReachIntoPersistence =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.parcours.portfolio.persistence..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.parcours.portfolio.persistence..");
}
