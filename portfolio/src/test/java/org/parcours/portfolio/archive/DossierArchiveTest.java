package org.parcours.portfolio.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parcours.portfolio.credential.Credential;
import org.parcours.portfolio.credential.Credentials;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.evidence.EvidenceFiles;
import org.parcours.portfolio.experience.Experience;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.skill.Referential;
import org.parcours.portfolio.skill.SkillTag;
import org.parcours.portfolio.testing.Drafts;
import org.parcours.portfolio.vae.Assessment;
import org.parcours.portfolio.vae.Competence;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierBloc;
import org.parcours.portfolio.vae.DossierCopy;
import org.parcours.portfolio.vae.DossierCopy.BlocCopy;
import org.parcours.portfolio.vae.DossierCopy.CompetenceCopy;
import org.parcours.portfolio.vae.DossierLink;
import org.parcours.portfolio.vae.DossierStatus;
import org.parcours.portfolio.vae.LinkKind;
import org.parcours.portfolio.worker.WorkerId;

/**
 * VAE dossiers in the export: written with the archive's own names for the pieces they link, read
 * back with every value checked, and rebuilt for the importer with links to their own copies.
 */
class DossierArchiveTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private static final String FILE_SHA = "a".repeat(64);
  private static final String CREDENTIAL_SHA = "b".repeat(64);
  private static final String PIX_SECURITY = "PIX:rec6rHqas39zvLZep";

  private final WorkerId lucas = new WorkerId(UUID.randomUUID());
  private final WorkerId zoe = new WorkerId(UUID.randomUUID());

  @Test
  void aDossierComesBackWithItsWordsAndAnswersAndLinksToTheImportersOwnCopies() {
    Experience job =
        Experience.of(lucas, Drafts.aJob("Aide-soignante de nuit").validated(TODAY), NOW);
    job.retag(List.of(new SkillTag(Referential.PIX, "rec6rHqas39zvLZep", "4.1 Sécuriser")), NOW);
    Experience deletedSince =
        Experience.of(lucas, Drafts.aJob("Supprimée avant l’export").validated(TODAY), NOW);
    EvidenceFile file = EvidenceFiles.aPdf(lucas, job.entryId(), "attestation.pdf", FILE_SHA, NOW);
    Credential credential =
        Credentials.aVerified(lucas, "Attestation employeur", CREDENTIAL_SHA, NOW);
    Dossier original =
        Dossier.restore(
            lucas,
            new DossierCopy(
                "RNCP35830",
                "Diplôme d’État d’aide-soignant",
                DossierStatus.ACTIVE,
                NOW.minusDays(30),
                NOW.minusDays(2),
                List.of(
                    new BlocCopy(
                        "RNCP35830BC01",
                        "Accompagnement et soins",
                        true,
                        "Douze résidents, de jour puis de nuit.",
                        List.of(
                            new CompetenceCopy("Soins", Assessment.ACQUIRED),
                            new CompetenceCopy("Repas", null)),
                        Set.of(
                            new DossierLink(LinkKind.ENTRY, job.entryId().toString()),
                            new DossierLink(LinkKind.FILE, file.id().toString()),
                            new DossierLink(LinkKind.CREDENTIAL, credential.id().toString()),
                            new DossierLink(LinkKind.SKILL, PIX_SECURITY),
                            new DossierLink(LinkKind.ENTRY, deletedSince.entryId().toString()))),
                    new BlocCopy(
                        "RNCP35830BC02",
                        "Evaluation de l’état clinique",
                        false,
                        null,
                        List.of(new CompetenceCopy("Observer", Assessment.PARTLY)),
                        Set.of()))),
            NOW);

    ByteArrayOutputStream manifest = new ByteArrayOutputStream();
    ManifestWriter.write(
        List.of(job),
        List.of(file),
        List.of(),
        List.of(credential),
        List.of(original),
        NOW,
        manifest);
    ManifestReader.Imported read = ManifestReader.read(manifest.toByteArray(), TODAY);

    assertThat(read.dossiers()).hasSize(1);
    assertThat(read.dossiers().getFirst().blocs().getFirst().links())
        .as("named as the archive names the pieces: a credential by its original's SHA-256")
        .containsExactlyInAnyOrder(
            new DossierLink(LinkKind.ENTRY, read.entries().getFirst().originalId()),
            new DossierLink(LinkKind.FILE, read.files().getFirst().id()),
            new DossierLink(LinkKind.CREDENTIAL, read.credentials().getFirst().sha256()),
            new DossierLink(LinkKind.SKILL, PIX_SECURITY),
            new DossierLink(LinkKind.ENTRY, deletedSince.entryId().toString()));

    // What the import does with the pieces it brought: each gets a new id in Zoé's portfolio.
    String zoesJob = UUID.randomUUID().toString();
    String zoesFile = UUID.randomUUID().toString();
    String zoesCredential = UUID.randomUUID().toString();
    ImportedIds brought = new ImportedIds();
    brought.add(LinkKind.ENTRY, read.entries().getFirst().originalId(), zoesJob);
    brought.add(LinkKind.FILE, read.files().getFirst().id(), zoesFile);
    brought.add(LinkKind.CREDENTIAL, read.credentials().getFirst().sha256(), zoesCredential);
    brought.add(LinkKind.SKILL, PIX_SECURITY, PIX_SECURITY);
    Dossier copy = Dossier.restore(zoe, brought.relink(read.dossiers().getFirst()), NOW);

    assertThat(copy.owner()).isEqualTo(zoe);
    assertThat(copy.id()).isNotEqualTo(original.id());
    assertThat(copy.certification()).isEqualTo("RNCP35830");
    assertThat(copy.certificationTitle()).isEqualTo("Diplôme d’État d’aide-soignant");
    assertThat(copy.status()).isEqualTo(DossierStatus.ACTIVE);
    assertThat(copy.createdAt()).isEqualTo(original.createdAt());
    assertThat(copy.updatedAt()).isEqualTo(original.updatedAt());
    assertThat(copy.blocs())
        .extracting(
            DossierBloc::code, DossierBloc::label, DossierBloc::targeted, DossierBloc::narrative)
        .containsExactly(
            tuple(
                "RNCP35830BC01",
                "Accompagnement et soins",
                true,
                Optional.of("Douze résidents, de jour puis de nuit.")),
            tuple("RNCP35830BC02", "Evaluation de l’état clinique", false, Optional.empty()));
    assertThat(copy.blocs().getFirst().competences())
        .extracting(Competence::label, c -> c.assessment().orElse(null))
        .containsExactly(tuple("Soins", Assessment.ACQUIRED), tuple("Repas", null));
    assertThat(copy.blocs().get(1).competences().getFirst().assessment())
        .contains(Assessment.PARTLY);
    assertThat(copy.blocs().getFirst().links())
        .as("Zoé's copies, never Lucas's pieces")
        .containsExactlyInAnyOrder(
            new DossierLink(LinkKind.ENTRY, zoesJob),
            new DossierLink(LinkKind.FILE, zoesFile),
            new DossierLink(LinkKind.CREDENTIAL, zoesCredential),
            new DossierLink(LinkKind.SKILL, PIX_SECURITY));
    assertThat(brought.dropped()).as("the entry deleted before the export").isEqualTo(1);
  }

  @Test
  void anExportMadeBeforeDossiersTravelledStillReads() {
    byte[] manifest =
        Json.createObjectBuilder()
            .add("format", "parcours-portfolio-export")
            .add("version", 1)
            .add("exportedAt", NOW.toString())
            .add("entries", Json.createArrayBuilder())
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    assertThat(ManifestReader.read(manifest, TODAY).dossiers()).isEmpty();
  }

  @Test
  void aDossierWrittenByHandReadsWhenEveryValueIsRight() {
    List<DossierCopy> read =
        ManifestReader.read(manifest(Json.createArrayBuilder().add(aDossier())), TODAY).dossiers();
    assertThat(read).hasSize(1);
    BlocCopy bloc = read.getFirst().blocs().getFirst();
    assertThat(bloc.competences())
        .containsExactly(new CompetenceCopy("Soins", Assessment.ACQUIRED));
    assertThat(bloc.links()).containsExactly(new DossierLink(LinkKind.SKILL, PIX_SECURITY));
  }

  @Test
  void aLinkOfAnUnknownKindRefusesTheWholeArchive() {
    JsonObjectBuilder bloc =
        aBloc()
            .add(
                "links",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("kind", "WEBSITE")
                            .add("target", "https://example.org")));
    assertRefused(
        aDossier().add("blocs", Json.createArrayBuilder().add(bloc)),
        "blocs[0].links[0].kind",
        "archive.manifest.badLink");
  }

  @Test
  void aCompetenceOutOfPlaceRefusesTheWholeArchive() {
    JsonObjectBuilder bloc =
        aBloc()
            .add(
                "competences",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("index", 1)
                            .add("label", "Repas")
                            .add("assessment", "ACQUIRED")));
    assertRefused(
        aDossier().add("blocs", Json.createArrayBuilder().add(bloc)),
        "blocs[0].competences[0]",
        "archive.manifest.badCompetence");
  }

  @Test
  void aNarrativeOverTenThousandCharactersRefusesTheWholeArchive() {
    JsonObjectBuilder bloc = aBloc().add("narrative", "é".repeat(10_001));
    assertRefused(
        aDossier().add("blocs", Json.createArrayBuilder().add(bloc)),
        "blocs[0].narrative",
        "dossier.narrative.tooLong");
  }

  @Test
  void aDossierWithoutItsCertificationNumberRefusesTheWholeArchive() {
    assertRefused(
        aDossier().remove("certification"), "certification", "archive.manifest.noCertification");
  }

  @Test
  void twoActiveDossiersForOneCertificationRefuseTheWholeArchive() {
    byte[] manifest = manifest(Json.createArrayBuilder().add(aDossier()).add(aDossier()));
    assertThatThrownBy(() -> ManifestReader.read(manifest, TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("dossiers[1].status", "archive.manifest.badDossier")));
  }

  @Test
  void moreThanTwentyDossiersRefuseTheWholeArchive() {
    JsonArrayBuilder twenty = Json.createArrayBuilder();
    for (int i = 0; i < 20; i++) {
      twenty.add(aDossier().add("certification", "RNCP" + (100 + i)));
    }
    assertThat(ManifestReader.read(manifest(twenty), TODAY).dossiers()).hasSize(20);

    JsonArrayBuilder more = Json.createArrayBuilder();
    for (int i = 0; i < 21; i++) {
      more.add(aDossier().add("certification", "RNCP" + (100 + i)));
    }
    byte[] manifest = manifest(more);
    assertThatThrownBy(() -> ManifestReader.read(manifest, TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("manifest.dossiers", "archive.manifest.tooManyDossiers")));
  }

  /** The broken dossier comes second: a sound one before it does not save the archive. */
  private static void assertRefused(JsonObjectBuilder dossier, String field, String rule) {
    byte[] manifest =
        manifest(
            Json.createArrayBuilder().add(aDossier().add("certification", "RNCP183")).add(dossier));
    assertThatThrownBy(() -> ManifestReader.read(manifest, TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("dossiers[1]." + field, rule)));
  }

  private static JsonObjectBuilder aDossier() {
    return Json.createObjectBuilder()
        .add("certification", "RNCP35830")
        .add("certificationTitle", "Diplôme d’État d’aide-soignant")
        .add("status", "ACTIVE")
        .add("createdAt", NOW.minusDays(3).toString())
        .add("updatedAt", NOW.minusDays(1).toString())
        .add("blocs", Json.createArrayBuilder().add(aBloc()));
  }

  private static JsonObjectBuilder aBloc() {
    return Json.createObjectBuilder()
        .add("code", "RNCP35830BC01")
        .add("label", "Accompagnement et soins")
        .add("targeted", true)
        .add("narrative", "De nuit, seule en unité.")
        .add(
            "competences",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("index", 0)
                        .add("label", "Soins")
                        .add("assessment", "ACQUIRED")))
        .add(
            "links",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "SKILL").add("target", PIX_SECURITY)));
  }

  private static byte[] manifest(JsonArrayBuilder dossiers) {
    return Json.createObjectBuilder()
        .add("format", "parcours-portfolio-export")
        .add("version", 1)
        .add("exportedAt", NOW.toString())
        .add("entries", Json.createArrayBuilder())
        .add("dossiers", dossiers)
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }
}
