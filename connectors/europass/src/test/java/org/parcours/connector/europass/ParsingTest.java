package org.parcours.connector.europass;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.plugin.connector.Connector;
import org.parcours.plugin.connector.CredentialRejected;
import org.parcours.plugin.connector.ParsedCredential;
import org.parcours.plugin.connector.ParsedCredential.Skill;
import org.parcours.plugin.testkit.TestingPluginContext;

/** Every sample of the data folder read into the normalized record, offline. */
class ParsingTest {

  private static final List<Skill> MICRO_SKILLS =
      List.of(
          esco("stimulate creativity in the team", "ccdf3597-5c80-410f-896d-e1bdfa223de9"),
          esco("communicate with target community", "80f308e6-0e09-404a-80cd-ec5f50f6f304"),
          esco("establish collaborative relations", "326809fc-238d-40c2-881e-40042f7f2f0d"),
          esco("develop digital content", "5fd5c985-eaaa-47aa-8314-62359c54505a"));

  private final TestingPluginContext context = Fixtures.context();
  private final Connector connector = Fixtures.connector(context);

  private static Skill esco(String label, String uuid) {
    return new Skill(label, "ESCO", "http://data.europa.eu/esco/skill/" + uuid, null);
  }

  private ParsedCredential parse(String sample) throws CredentialRejected {
    assertThat(connector.accepts(Fixtures.input(sample))).as(sample).isTrue();
    return connector.parse(Fixtures.input(sample));
  }

  @Test
  void theCertificateOfParticipationNamesTheWebinarItsAwardingBodyAndItsHolder()
      throws CredentialRejected {
    for (String sample : List.of(Fixtures.CERT_OF_PART, Fixtures.CERT_OF_PART_UPLOADABLE)) {
      ParsedCredential parsed = parse(sample);

      assertThat(parsed.format()).isEqualTo("edc-jsonld");
      assertThat(parsed.id()).isEqualTo("urn:credential:43662fb0-c31c-4afb-b501-e85aea91c0a8");
      assertThat(parsed.title()).isEqualTo("Certificate of Participation — EDC Updates Webinar");
      assertThat(parsed.issuer().name())
          .isEqualTo("European Digital Credentials for Learning Support Team");
      assertThat(parsed.issuer().url())
          .isEqualTo("https://europa.eu/europass/en/europass-tools/digital-credentials");
      assertThat(parsed.description())
          .startsWith("The newest version of the European Digital Credential")
          .contains("Décerné par : European Digital Credentials for Learning Support Team.")
          .contains("Titulaire : Ana Andromeda.");
      assertThat(parsed.validFrom()).isEqualTo(Instant.parse("2023-06-28T14:30:00Z"));
      assertThat(parsed.issuedOn()).isNull();
      assertThat(parsed.validUntil()).isNull();
      assertThat(parsed.subject()).isEqualTo(Fixtures.ANA);
      assertThat(parsed.skills()).isEmpty();
    }
  }

  @Test
  void theSealedCertificateIsIssuedByTheSealHolderOnBehalfOfTheAwardingBody()
      throws CredentialRejected {
    ParsedCredential parsed = parse(Fixtures.CERT_OF_PART_SIGNED);

    assertThat(parsed.format()).isEqualTo("edc-jades");
    assertThat(parsed.title()).isEqualTo("Certificate of Participation — EDC Updates Webinar");
    assertThat(parsed.issuer().name()).isEqualTo("ORGANIZACION TEST");
    assertThat(parsed.description())
        .contains("Décerné par : European Digital Credentials for Learning Support Team.");
    assertThat(parsed.issuedOn()).isEqualTo(Instant.parse("2023-09-27T12:07:01Z"));
    assertThat(parsed.validFrom()).isEqualTo(Instant.parse("2023-06-28T14:30:00Z"));
    assertThat(parsed.subject()).isEqualTo(Fixtures.ANA);
  }

  @Test
  void theMicroCredentialGivesItsLearningOutcomesAsEscoSkills() throws CredentialRejected {
    for (String sample :
        List.of(Fixtures.MICRO, Fixtures.MICRO_UPLOADABLE, Fixtures.MICRO_SIGNED)) {
      ParsedCredential parsed = parse(sample);

      assertThat(parsed.title())
          .as(sample)
          .isEqualTo("Micro-Credential — Digital micro-credential creation");
      assertThat(parsed.description()).contains("Décerné par : University of Zed.");
      assertThat(parsed.validFrom()).isEqualTo(Instant.parse("2022-12-31T23:00:00Z"));
      assertThat(parsed.skills()).as(sample).containsExactlyElementsOf(MICRO_SKILLS);
    }
    assertThat(parse(Fixtures.MICRO).issuer().name()).isEqualTo("University of Zed");
    assertThat(parse(Fixtures.MICRO).subject()).isEqualTo("ana.andromeda@email.com");
    assertThat(parse(Fixtures.MICRO_SIGNED).issuer().name()).isEqualTo("ORGANIZACION TEST");
    assertThat(parse(Fixtures.MICRO_SIGNED).subject()).isEqualTo(Fixtures.ANA);
    assertThat(parse(Fixtures.MICRO_SIGNED).issuedOn())
        .isEqualTo(Instant.parse("2023-09-27T11:54:17Z"));
  }

  @Test
  void theDegreeCertificateOfAnotherIssuerIsReadToo() throws CredentialRejected {
    ParsedCredential example = parse(Fixtures.DEGREE);
    ParsedCredential signed = parse(Fixtures.DEGREE_SIGNED);

    for (ParsedCredential parsed : List.of(example, signed)) {
      assertThat(parsed.title()).isEqualTo("Degree Certificate — Title of Activity");
      assertThat(parsed.issuer().name()).isEqualTo("Velocert OÜ");
      assertThat(parsed.issuer().url()).isEqualTo("https://velocert.com");
      assertThat(parsed.description()).contains("Décerné par : NETIS d.o.o.");
      assertThat(parsed.skills()).isEmpty();
    }
    assertThat(signed.format()).isEqualTo("edc-jades");
    assertThat(signed.id()).isEqualTo("urn:credential:a3166fc1-be58-4301-836a-d9b77859e7dc");
    assertThat(signed.issuedOn()).isEqualTo(Instant.parse("2026-01-12T08:58:28Z"));
    assertThat(signed.validFrom()).isEqualTo(Instant.parse("2026-01-12T08:58:28Z"));
    assertThat(signed.subject()).isEqualTo("peter.paravinja@netis.si");
    assertThat(example.subject()).isEqualTo("recipient@example.com");
  }

  @Test
  void frenchIsPreferredAndEveryDateFormIsRead() throws CredentialRejected {
    ParsedCredential parsed = parse(Fixtures.RDF_SAMPLE);

    assertThat(parsed.issuer().name()).isEqualTo("un nom légal");
    assertThat(parsed.title())
        .isEqualTo("Some kind of credential — une sorte de réussite scolaire");
    assertThat(parsed.issuedOn()).isEqualTo(Instant.parse("2010-01-01T00:00:00Z"));
    assertThat(parsed.validFrom()).isEqualTo(Instant.parse("2010-10-01T00:00:00Z"));
    assertThat(parsed.validUntil()).isEqualTo(Instant.parse("2024-09-25T00:00:00Z"));
    assertThat(parsed.subject()).isEqualTo("Max Power");
  }

  @Test
  void theElm2DiplomaSupplementGivesItsAchievementAwardingBodyAndEscoSkills()
      throws CredentialRejected {
    ParsedCredential parsed = parse(Fixtures.DIPLOMA_XML);

    assertThat(parsed.format()).isEqualTo("edc-xml");
    assertThat(parsed.id()).isEqualTo("urn:credential:c55ae59c-0020-464b-89c7-0c9661da000c");
    assertThat(parsed.title())
        .startsWith("Graduate University Study of Civil Engineering - Diploma Supplement — ");
    assertThat(parsed.issuer().name()).isEqualTo("JAMK University of Applied Sciences");
    assertThat(parsed.description())
        .startsWith("has achieved an overall diploma grade of")
        .contains("Décerné par : JAMK University of Applied Sciences.")
        .contains("Titulaire : Ana Andromeda.");
    assertThat(parsed.issuedOn()).isEqualTo(Instant.parse("2022-08-09T13:53:56Z"));
    assertThat(parsed.validFrom()).isEqualTo(Instant.parse("2019-09-19T22:00:00Z"));
    assertThat(parsed.validUntil()).isEqualTo(Instant.parse("2100-12-30T23:00:00Z"));
    assertThat(parsed.subject()).isEqualTo("ildiko.mazar@gmail.com");
    assertThat(parsed.skills())
        .filteredOn(s -> "ESCO".equals(s.framework()))
        .extracting(Skill::code)
        .containsExactlyInAnyOrder(
            "http://data.europa.eu/esco/skill/31c69100-b612-4a61-8db5-fd314318854c",
            "http://data.europa.eu/esco/skill/db77825e-0f3e-47d0-abdb-356794484272",
            "http://data.europa.eu/esco/skill/a0cafd94-40c3-4d55-9e94-bc27ef071b4b");
    assertThat(parsed.skills())
        .contains(
            new Skill(
                "Learning Outcome 1 related to applied mathematics",
                "ESCO",
                "http://data.europa.eu/esco/skill/31c69100-b612-4a61-8db5-fd314318854c",
                null));
  }

  @Test
  void parsingNeverFetchesAnything() throws CredentialRejected {
    for (String sample :
        List.of(Fixtures.CERT_OF_PART_SIGNED, Fixtures.DEGREE_SIGNED, Fixtures.DIPLOMA_XML)) {
      parse(sample);
    }
    assertThat(context.fetched()).isEmpty();
  }
}
