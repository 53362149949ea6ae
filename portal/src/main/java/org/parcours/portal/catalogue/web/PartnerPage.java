package org.parcours.portal.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portal.catalogue.imports.ImportFiles;
import org.parcours.portal.catalogue.imports.ImportJob;
import org.parcours.portal.catalogue.imports.ImportJobs;
import org.parcours.portal.catalogue.imports.ImportReport;
import org.parcours.portal.problem.RefusedInput;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.catalogue.CatalogueOffer;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.PartnerDraft;
import org.parcours.portfolio.catalogue.PartnerOrganisation;
import org.parcours.portfolio.shared.DomainException;
import org.parcours.portfolio.shared.InvalidInputException;

/** Backs "Mes offres": the partner's organisation, its offers, a new offer, an import. */
@Named
@RequestScoped
public class PartnerPage {

  private static final String SELF = "/partner/offers.xhtml?faces-redirect=true";

  @Inject CatalogueService catalogue;
  @Inject CommuneDirectory communes;
  @Inject HttpServletRequest request;
  @Inject Clock clock;
  @Inject ImportJobs imports;

  private Optional<PartnerOrganisation> organisation;
  private List<CatalogueOffer> offers;
  private ImportReport report;
  private ImportJob job;

  private String name;
  private String siret;
  private String declarationNumber;
  private boolean qualiopi;
  private String contactEmail;

  private String title;
  private String description;
  private String category = "FORMATION";
  private String modality = "IN_PERSON";
  private String postalCode;
  private LocalDate start;
  private LocalDate end;
  private Integer durationHours;
  private BigDecimal priceEuros;
  private boolean cpfEligible;
  private String rncpCodes;
  private Part file;

  public PartnerOrganisation getOrganisation() {
    if (organisation == null) {
      organisation = catalogue.organisationOf(subject());
    }
    return organisation.orElse(null);
  }

  public List<CatalogueOffer> getOffers() {
    if (offers == null) {
      offers = catalogue.offersOf(subject());
    }
    return offers;
  }

  public String register() {
    try {
      catalogue.register(
          subject(), new PartnerDraft(name, siret, declarationNumber, qualiopi, contactEmail));
    } catch (InvalidInputException e) {
      Feedback.show("organisation", e);
      return null;
    }
    Feedback.flash("partner.registered");
    return SELF;
  }

  public String publish() {
    OfferInput input =
        new OfferInput(
            title,
            description,
            category,
            modality,
            postalCode == null || postalCode.isBlank() ? List.of() : List.of(postalCode.strip()),
            start == null ? List.of() : List.of(new OfferInput.SessionInput(start, end)),
            durationHours,
            priceEuros == null ? null : priceEuros.movePointRight(2).longValue(),
            cpfEligible,
            codes(rncpCodes),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of("fr"),
            null);
    try {
      catalogue.publish(subject(), input.toOffer(UUID.randomUUID(), communes::find));
    } catch (RefusedInput e) {
      Feedback.errorText("offer:title", e.getMessage());
      return null;
    } catch (DomainException e) {
      Feedback.notice("problem.not-permitted.detail");
      return null;
    }
    Feedback.flash("partner.published", title);
    return SELF;
  }

  public String withdraw(String id, String offerTitle) {
    catalogue.withdraw(subject(), UUID.fromString(id));
    Feedback.flash("partner.withdrawn", offerTitle);
    return SELF;
  }

  public String importFile() throws IOException {
    if (file == null || file.getSize() == 0) {
      Feedback.error("import:file", "partner.import.missing");
      return null;
    }
    PartnerOrganisation own = getOrganisation();
    if (own == null) {
      Feedback.notice("problem.not-permitted.detail");
      return null;
    }
    String fileName = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName();
    try (InputStream in = file.getInputStream()) {
      report =
          ImportFiles.read(
              in, fileName.toLowerCase(Locale.ROOT).endsWith(".csv"), own.id(), clock.instant());
    }
    try {
      job = imports.start(subject(), own.id(), report);
    } catch (InvalidInputException e) {
      Feedback.error("import:file", "partner.import.running");
      return null;
    }
    Feedback.notice("partner.import.started", report.offers().size(), report.problems().size());
    return null;
  }

  /** The import this request started, whose progress the page follows. */
  public ImportJob getJob() {
    return job;
  }

  public ImportReport getReport() {
    return report;
  }

  private static List<String> codes(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("[,;\\s]+"))
            .filter(s -> !s.isBlank())
            .map(s -> s.toUpperCase(Locale.ROOT))
            .toList();
  }

  private String subject() {
    return request.getUserPrincipal().getName();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSiret() {
    return siret;
  }

  public void setSiret(String siret) {
    this.siret = siret;
  }

  public String getDeclarationNumber() {
    return declarationNumber;
  }

  public void setDeclarationNumber(String declarationNumber) {
    this.declarationNumber = declarationNumber;
  }

  public boolean isQualiopi() {
    return qualiopi;
  }

  public void setQualiopi(boolean qualiopi) {
    this.qualiopi = qualiopi;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getModality() {
    return modality;
  }

  public void setModality(String modality) {
    this.modality = modality;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public void setEnd(LocalDate end) {
    this.end = end;
  }

  public Integer getDurationHours() {
    return durationHours;
  }

  public void setDurationHours(Integer durationHours) {
    this.durationHours = durationHours;
  }

  public BigDecimal getPriceEuros() {
    return priceEuros;
  }

  public void setPriceEuros(BigDecimal priceEuros) {
    this.priceEuros = priceEuros;
  }

  public boolean isCpfEligible() {
    return cpfEligible;
  }

  public void setCpfEligible(boolean cpfEligible) {
    this.cpfEligible = cpfEligible;
  }

  public String getRncpCodes() {
    return rncpCodes;
  }

  public void setRncpCodes(String rncpCodes) {
    this.rncpCodes = rncpCodes;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
