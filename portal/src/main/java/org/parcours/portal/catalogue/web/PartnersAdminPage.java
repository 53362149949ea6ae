package org.parcours.portal.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.PartnerOrganisation;
import org.parcours.portfolio.catalogue.PartnerStatus;
import org.parcours.portfolio.shared.InvalidInputException;

/** Backs the administrators' page where partner organisations are vetted or suspended. */
@Named
@RequestScoped
public class PartnersAdminPage {

  private static final String SELF = "/admin/partners.xhtml?faces-redirect=true";

  @Inject CatalogueService catalogue;

  private String reason;

  public List<PartnerOrganisation> getPending() {
    return catalogue.organisations(PartnerStatus.PENDING);
  }

  public List<PartnerOrganisation> getVetted() {
    return catalogue.organisations(PartnerStatus.VETTED);
  }

  public String vet(String id, String name) {
    catalogue.review(UUID.fromString(id), PartnerStatus.VETTED, null);
    Feedback.flash("admin.partners.vetted", name);
    return SELF;
  }

  public String suspend(String id, String name) {
    try {
      catalogue.review(UUID.fromString(id), PartnerStatus.SUSPENDED, reason);
    } catch (InvalidInputException e) {
      Feedback.notice("violation.moderation.reason.required");
      return null;
    }
    Feedback.flash("admin.partners.suspended", name);
    return SELF;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
