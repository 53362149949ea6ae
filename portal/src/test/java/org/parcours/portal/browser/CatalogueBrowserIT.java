package org.parcours.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parcours.portal.testing.Api;
import org.parcours.portal.testing.Browser;
import org.parcours.portal.testing.Deployments;

/** Anyone, signed in or not, searches the catalogue, narrows it, pages through, opens an offer. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueBrowserIT {

  private static Api api;
  private static String base;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @BeforeAll
  static void demoCatalogue() {
    api = Api.ofDeployedPortal();
    base = api.base().toString();
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(() ->
            api.get("/api/catalogue/search?size=1", null).json().getJsonNumber("total").longValue()
                >= 3_000);
  }

  @Test
  void aVisitorSearchesNarrowsByFacetPagesAndOpensAnOffer() {
    try (Browser visitor = new Browser()) {
      visitor.open(base + "/catalogue/index.xhtml");
      visitor.expectPage("Trouver un accompagnement ou une formation");
      visitor.type("#q", "formation");
      visitor.find("#search button[type=submit]").click();
      visitor.expectText("#result-count", "offres correspondent");
      String all = visitor.find("#result-count").getText();

      visitor.click("#facet-modality input[value=REMOTE]");
      visitor.find("#search button[type=submit]").click();
      visitor.expectText("#result-count", "correspond");
      assertThat(visitor.find("#result-count").getText()).isNotEqualTo(all);
      assertThat(visitor.all("ol.offers li")).isNotEmpty();
      assertThat(visitor.find("ol.offers").getText()).contains("À distance");
      visitor.assertAccessible();

      visitor.click("a[rel=next]");
      visitor.expectText(".pager", "Page 2");
      visitor.click("ol.offers li h3 a");
      assertThat(visitor.find("h1").getText()).isNotBlank();
      assertThat(visitor.pageText()).contains("Présentation", "À distance");
      visitor.assertAccessible();
    }
  }

  @Test
  void aBadSearchSaysWhyAndTheOfferOfNobodySaysItIsGone() {
    try (Browser visitor = new Browser()) {
      visitor.open(base + "/catalogue/index.xhtml?q=bilan&near=00000");
      visitor.expectText("#search-errors", "Aucune commune ne correspond");

      visitor.open(base + "/catalogue/offer.xhtml?id=00000000-0000-0000-0000-000000000000");
      visitor.expectText("#offer-gone", "n'existe pas");
    }
  }

  @Test
  void aPartnerPublishesAnOfferThatAnyoneThenFindsAndAnAdministratorReviewsPartners() {
    String title = "Taille de pierre " + java.util.UUID.randomUUID().toString().substring(0, 6);
    try (Browser partner = new Browser();
        Browser admin = new Browser()) {
      partner.open(base + "/partner/offers.xhtml");
      partner.signInAtProvider("paul");
      partner.expectPage("Mes offres au catalogue");
      partner.expectText("#org-status", "Organisation validée");
      partner.type("[id='offer:title']", title);
      partner.type("[id='offer:description']", "Découvrir la taille de pierre avec un compagnon.");
      partner.type("[id='offer:postalCode']", "69001");
      partner.type("[id='offer:start']", "04/01/2027");
      partner.type("[id='offer:priceEuros']", "850");
      partner.click("[id='offer:submit']");
      // The notice survives the redirect (it waits in the session, not in the Faces flash).
      partner.expectText("#notices", "Offre « " + title + " » publiée.");
      partner.expectText("#offers", title);
      assertThat(partner.find("#offers").getText()).contains("Publiée");
      partner.assertAccessible();

      partner
          .find("[id='import:file']")
          .sendKeys(
              Path.of(
                      System.getProperty("parcours.data.dir", "../../shared/data"),
                      "catalogue-offres/lheo/exemple-bts-onisep.lheo-2.2.xml")
                  .toAbsolutePath()
                  .normalize()
                  .toString());
      partner.click("[id='import:submit']");
      partner.expectText("#import-status", "1 offre(s) publiée(s) dans le catalogue.");
      assertThat(partner.attribute("#import-bar", "value")).isEqualTo("1");
      partner.assertAccessible();

      await()
          .atMost(Duration.ofSeconds(15))
          .until(() ->
              api.get("/api/catalogue/search?q=" + title.replace(' ', '+'), null)
                      .json()
                      .getJsonNumber("total")
                      .longValue()
                  == 1);

      admin.open(base + "/admin/partners.xhtml");
      admin.signInAtProvider("ada");
      admin.expectPage("Organisations partenaires");
      assertThat(admin.pageText()).contains("Organisations validées");
      admin.assertAccessible();
    }
  }
}
