package org.parcours.portal.consent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.sharing.AdviserMembership;
import org.parcours.portfolio.sharing.AdviserOrganisation;
import org.parcours.portfolio.sharing.ConsentService;

/** "Organisations": administrators register adviser organisations and enrol advisers. */
@Named
@RequestScoped
public class OrganisationsPage {

  @Inject ConsentService consents;

  private String name;
  private String kind = "CEP";
  private String organisation;
  private String email;

  public void create() {
    try {
      consents.createOrganisation(name, AdviserOrganisation.Kind.valueOf(kind));
      Feedback.notice("admin.organisations.created");
      name = null;
    } catch (InvalidInputException e) {
      Feedback.show("organisation", e);
    }
  }

  public void enrol() {
    if (organisation == null || organisation.isEmpty()) {
      Feedback.error("member:organisation", "admin.organisations.choose");
      return;
    }
    try {
      consents.enrol(UUID.fromString(organisation), email);
      Feedback.notice("admin.organisations.enrolled");
      email = null;
    } catch (InvalidInputException e) {
      Feedback.show("member", e);
    } catch (IllegalArgumentException | NotFoundException e) {
      Feedback.error("member:organisation", "admin.organisations.choose");
    }
  }

  public List<AdviserOrganisation> getOrganisations() {
    return consents.organisations();
  }

  public List<AdviserOrganisation.Kind> getKinds() {
    return List.of(AdviserOrganisation.Kind.values());
  }

  public String members(AdviserOrganisation o) {
    return String.join(
        ", ", consents.members(o.id()).stream().map(AdviserMembership::email).toList());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
