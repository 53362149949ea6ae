package org.parcours.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.portfolio.sharing.AdviserOrganisation;
import org.parcours.portfolio.sharing.ConsentService;

/**
 * With {@code parcours.demo=true}, the demo advisers belong to organisations, so that Nadia can ask
 * Camille for her consent in person: Nadia (nadia@demo.parcours.invalid) to a CEP operator, Marc to
 * a France Travail agency.
 */
@ApplicationScoped
public class DemoAdvisers {

  static final String CEP = "CEP Auvergne-Rhône-Alpes (démo)";
  static final String AGENCY = "France Travail Lyon Part-Dieu (démo)";
  private static final Logger LOG = Logger.getLogger(DemoAdvisers.class.getName());

  @Inject
  @ConfigProperty(name = "parcours.demo", defaultValue = "false")
  boolean demo;

  @Inject ConsentService consents;

  void onStart(@Observes @Priority(3000) @Initialized(ApplicationScoped.class) Object started) {
    if (!demo || !consents.organisations().isEmpty()) {
      return;
    }
    AdviserOrganisation cep = consents.createOrganisation(CEP, AdviserOrganisation.Kind.CEP);
    consents.enrol(cep.id(), "nadia@demo.parcours.invalid");
    AdviserOrganisation agency =
        consents.createOrganisation(AGENCY, AdviserOrganisation.Kind.FRANCE_TRAVAIL);
    consents.enrol(agency.id(), "marc@demo.parcours.invalid");
    LOG.info("Demo adviser organisations created (parcours.demo=true)");
  }
}
