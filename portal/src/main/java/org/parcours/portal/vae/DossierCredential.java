package org.parcours.portal.vae;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.parcours.portal.issuer.InstanceSigner;
import org.parcours.portfolio.vae.Coverage;
import org.parcours.portfolio.vae.DossierBloc;
import org.parcours.portfolio.vae.DossierLink;
import org.parcours.portfolio.vae.DossierService;

/**
 * A dossier as an Open Badges 3.0 credential signed by this instance ({@code eddsa-rdfc-2022},
 * {@code did:web}): what the worker gathered for each bloc, with each piece named and marked
 * verified or declared. It attests the dossier as exported, never the certification itself, and
 * names the worker only by a salted hash of the address their identity provider verified.
 */
@ApplicationScoped
public class DossierCredential {

  @Inject InstanceSigner signer;
  @Inject Clock clock;

  /** The signed credential. */
  public JsonObject issue(DossierService.Evidence read, Coverage coverage, Set<String> emails) {
    byte[] signed = signer.sign(build(read, coverage, emails));
    return Json.createReader(new StringReader(new String(signed, StandardCharsets.UTF_8)))
        .readObject();
  }

  JsonObject build(DossierService.Evidence read, Coverage coverage, Set<String> emails) {
    var dossier = read.dossier();
    String number = dossier.certification();
    JsonArrayBuilder evidence = Json.createArrayBuilder();
    for (DossierBloc bloc : dossier.blocs()) {
      Coverage.BlocCoverage figures =
          coverage.blocs().stream()
              .filter(b -> b.code().equals(bloc.code()))
              .findFirst()
              .orElseThrow();
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("type", Json.createArrayBuilder().add("Evidence"))
              .add("name", bloc.code() + " — " + bloc.label())
              .add(
                  "description",
                  (bloc.targeted() ? "Bloc visé" : "Bloc non visé")
                      + " ; preuves vérifiées : "
                      + figures.verified()
                      + " ; preuves déclarées : "
                      + figures.declared()
                      + " ; compétences acquises selon la personne : "
                      + figures.acquired()
                      + "/"
                      + figures.competences()
                      + pieces(bloc, read.portfolio()))
              .add("genre", "Bloc de compétences");
      bloc.narrative().ifPresent(n -> item.add("narrative", n));
      evidence.add(item);
    }
    JsonObjectBuilder subject =
        Json.createObjectBuilder()
            .add("type", Json.createArrayBuilder().add("AchievementSubject"))
            .add(
                "achievement",
                Json.createObjectBuilder()
                    .add("id", "urn:uuid:" + dossier.id())
                    .add("type", Json.createArrayBuilder().add("Achievement"))
                    .add("name", "Dossier de VAE : " + dossier.certificationTitle())
                    .add(
                        "description",
                        "Dossier de validation des acquis de l’expérience constitué sur Parcours"
                            + " pour la certification "
                            + number
                            + ". Il atteste ce que la personne a rassemblé, pas l’obtention de la"
                            + " certification.")
                    .add(
                        "criteria",
                        Json.createObjectBuilder()
                            .add(
                                "narrative",
                                "Pièces rattachées bloc par bloc ; « vérifiée » : certificat dont"
                                    + " la signature de l’émetteur a été vérifiée par Parcours."))
                    .add(
                        "alignment",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("type", Json.createArrayBuilder().add("Alignment"))
                                    .add("targetName", dossier.certificationTitle())
                                    .add(
                                        "targetUrl",
                                        "https://www.francecompetences.fr/recherche/rncp/"
                                            + number.substring(4).toLowerCase(Locale.ROOT)
                                            + "/")
                                    .add("targetCode", number)
                                    .add("targetFramework", "RNCP")
                                    .add("targetType", "ceterms:Credential"))));
    emails.stream()
        .findFirst()
        .ifPresent(email ->
            subject.add(
                "identifier",
                Json.createArrayBuilder().add(InstanceSigner.emailIdentifier(email))));
    return Json.createObjectBuilder()
        .add(
            "@context",
            Json.createArrayBuilder()
                .add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
        .add("id", "urn:uuid:" + UUID.randomUUID())
        .add(
            "type",
            Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
        .add(
            "issuer",
            Json.createObjectBuilder()
                .add("id", signer.did())
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", "Parcours"))
        .add("validFrom", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString())
        .add("name", "Dossier de VAE : " + dossier.certificationTitle())
        .add("credentialSubject", subject)
        .add("evidence", evidence)
        .build();
  }

  private static String pieces(DossierBloc bloc, DossierService.Portfolio portfolio) {
    StringBuilder text = new StringBuilder();
    for (DossierLink link : bloc.links()) {
      DossierService.Portfolio.State state = portfolio.state(link);
      if (state == DossierService.Portfolio.State.GONE) {
        continue;
      }
      text.append("\n- ")
          .append(portfolio.title(link).orElse(link.target()))
          .append(state == DossierService.Portfolio.State.VERIFIED ? " (vérifiée)" : " (déclarée)");
    }
    return text.toString();
  }
}
