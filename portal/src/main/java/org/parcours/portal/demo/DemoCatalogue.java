package org.parcours.portal.demo;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.portal.catalogue.demo.CatalogueGenerator;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.catalogue.PartnerDraft;
import org.parcours.portfolio.catalogue.feed.GuidanceFeedService;
import org.parcours.portfolio.inbox.InboxService;
import org.parcours.portfolio.shared.ReferentialsFolder;
import org.parcours.portfolio.skill.Skills;

/**
 * With {@code parcours.demo=true}, gives the catalogue 3,000 offers generated from the real
 * referentials, published by demo organisations, so a newcomer's first search finds something. Paul
 * (partner) owns a vetted organisation, for which the example plugin's guidance provider publishes
 * (bound as an administrator would bind it); Inès's waits for an administrator. Runs in the
 * background: the portal serves while it fills.
 */
@ApplicationScoped
public class DemoCatalogue {

  static final String PAUL = "c06281d3-d27f-4bac-839a-5fc17241e366";
  // The service account of the realm's client-credentials client "parcours-partner-paul".
  static final String PAUL_API_CLIENT = "4f0b7c2a-6e1d-4c3b-9a8e-2d5f1e7c9b30";
  static final String INES = "d17392e4-e380-4cbd-94ab-60d28352f477";
  // The example plugin's guidance provider (connectors/example).
  private static final String EXAMPLE_PLUGIN = "example";
  private static final String EXAMPLE_OFFERS = "offers";
  private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());
  private static final long SEED = 2026;
  private static final int OFFERS = 3_000;
  private static final int BATCH = 250;

  @Inject
  @ConfigProperty(name = "parcours.demo", defaultValue = "false")
  boolean demo;

  @Resource ManagedExecutorService executor;
  @Inject CatalogueService catalogue;
  @Inject ReferentialsFolder folder;
  @Inject Skills skills;
  @Inject InboxService inbox;
  @Inject GuidanceFeedService feeds;

  void onStart(@Observes @Priority(3100) @Initialized(ApplicationScoped.class) Object started) {
    // Resumes a fill cut short (the application stopped meanwhile): offers have fixed ids, so
    // publishing them again replaces rather than duplicates.
    if (!demo) {
      return;
    }
    // A catalogue filled before Paul's API client or the example feed existed still gets them
    // bound.
    catalogue
        .organisationOf(PAUL)
        .ifPresent(o -> {
          inbox.bindClient(o.id(), PAUL_API_CLIENT);
          feeds.bind(EXAMPLE_PLUGIN, EXAMPLE_OFFERS, o.id());
        });
    if (catalogue.countOffers() < OFFERS) {
      executor.execute(this::fill);
    }
  }

  private void fill() {
    try {
      long start = System.nanoTime();
      CatalogueGenerator generator = CatalogueGenerator.load(folder.path(), skills.catalogue());
      Map<UUID, String> owners = new HashMap<>();
      List<CatalogueGenerator.Partner> partners = generator.partners(SEED);
      for (int i = 0; i < partners.size(); i++) {
        String owner = i == 0 ? PAUL : "demo-partner-" + i;
        var organisation =
            catalogue.registerVetted(
                owner,
                new PartnerDraft(
                    partners.get(i).name(),
                    siret(i),
                    null,
                    i % 3 != 0,
                    "contact" + i + "@demo.parcours.invalid"));
        if (i == 0) {
          inbox.bindClient(organisation.id(), PAUL_API_CLIENT);
          feeds.bind(EXAMPLE_PLUGIN, EXAMPLE_OFFERS, organisation.id());
        }
        owners.put(partners.get(i).id(), owner);
      }
      catalogue.register(
          INES,
          new PartnerDraft(
              "Bilans Inès Conseil",
              siret(999),
              "11755555555",
              true,
              "ines@demo.parcours.invalid"));
      Map<String, List<Offer>> batches = new HashMap<>();
      generator
          .offers(SEED, OFFERS)
          .forEach(offer -> {
            String owner = owners.get(offer.partnerId());
            List<Offer> batch = batches.computeIfAbsent(owner, o -> new ArrayList<>());
            batch.add(offer);
            if (batch.size() == BATCH) {
              catalogue.publishAll(owner, List.copyOf(batch));
              batch.clear();
            }
          });
      batches.forEach((owner, batch) -> {
        if (!batch.isEmpty()) {
          catalogue.publishAll(owner, batch);
        }
      });
      LOG.info(
          "Demo catalogue: "
              + OFFERS
              + " offers from "
              + partners.size()
              + " organisations in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.log(Level.WARNING, "The demo catalogue could not be filled", e);
    }
  }

  /** A made-up SIRET with a valid Luhn key, so demo organisations pass the same checks. */
  static String siret(int n) {
    String body = String.format("9%012d", 100_000 + n);
    for (int key = 0; key < 10; key++) {
      String candidate = body + key;
      if (PartnerDraft.isValidSiret(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no Luhn key for " + body);
  }
}
