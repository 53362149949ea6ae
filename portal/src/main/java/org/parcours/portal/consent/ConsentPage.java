package org.parcours.portal.consent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.entry.EntryService;
import org.parcours.portfolio.entry.PortfolioFilter;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.sharing.ConsentRequest;
import org.parcours.portfolio.sharing.ConsentScope;
import org.parcours.portfolio.sharing.ConsentService;
import org.parcours.portfolio.sharing.ShareGrant;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierService;
import org.parcours.portfolio.vae.DossierStatus;

/**
 * "Consentement en personne": the worker types (or scans) the adviser's code, sees who asks for
 * which organisation, chooses what and how long, and confirms.
 */
@Named
@ViewScoped
public class ConsentPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "consent";

  @Inject ConsentService consents;
  @Inject EntryService entries;
  @Inject DossierService dossiers;
  @Inject SignedInWorker worker;
  @Inject Clock clock;

  private String code;
  private String adviser;
  private String organisation;
  private OffsetDateTime codeExpires;
  private String scope = "whole";
  private List<String> selected = new ArrayList<>();
  private String dossierId;
  private boolean coEdit;
  private long minutes = ConsentScope.DEFAULT_DURATION.toMinutes();
  private OffsetDateTime givenUntil;

  /** Step 1: whose code is it? */
  public void lookup() {
    try {
      ConsentRequest asking = consents.lookup(worker.id(), code);
      adviser = asking.adviser().displayName();
      organisation = asking.organisation().name();
      codeExpires = asking.expiresAt();
    } catch (InvalidInputException e) {
      adviser = null;
      Feedback.show(FORM, e);
    }
  }

  /** Step 2: the worker's consent. */
  public void confirm() {
    ShareGrant.Selection selection =
        switch (scope) {
          case "entries" -> ShareGrant.Selection.ENTRIES;
          case "dossier" -> ShareGrant.Selection.DOSSIER;
          default -> ShareGrant.Selection.WHOLE;
        };
    ConsentScope chosen =
        new ConsentScope(
            selection,
            selection == ShareGrant.Selection.ENTRIES
                ? selected.stream().map(id -> EntryId.parse(id).orElse(null)).toList()
                : List.of(),
            selection == ShareGrant.Selection.DOSSIER && dossierId != null && !dossierId.isEmpty()
                ? UUID.fromString(dossierId)
                : null,
            selection == ShareGrant.Selection.DOSSIER && coEdit,
            Duration.ofMinutes(minutes));
    try {
      givenUntil = consents.confirm(worker.id(), worker.displayName(), code, chosen).endsAt();
      Feedback.notice("consent.given");
    } catch (InvalidInputException e) {
      Feedback.show(FORM, e);
    }
  }

  public List<Entry> getEntries() {
    return entries.list(worker.id(), PortfolioFilter.ALL);
  }

  public List<Dossier> getDossiers() {
    return dossiers.dossiers(worker.id()).stream()
        .filter(d -> d.status() == DossierStatus.ACTIVE)
        .toList();
  }

  /** The durations offered: two hours (the default), a day, a week, a month, ninety days. */
  public List<Long> getDurations() {
    return List.of(120L, 60L * 24, 60L * 24 * 7, 60L * 24 * 30, 60L * 24 * 90);
  }

  public String when(OffsetDateTime at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(Feedback.messages().locale())
        .format(at.atZoneSameInstant(clock.getZone()));
  }

  public boolean isAsking() {
    return adviser != null && givenUntil == null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getAdviser() {
    return adviser;
  }

  public String getOrganisation() {
    return organisation;
  }

  public OffsetDateTime getCodeExpires() {
    return codeExpires;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public List<String> getSelected() {
    return selected;
  }

  public void setSelected(List<String> selected) {
    this.selected = selected;
  }

  public String getDossierId() {
    return dossierId;
  }

  public void setDossierId(String dossierId) {
    this.dossierId = dossierId;
  }

  public boolean isCoEdit() {
    return coEdit;
  }

  public void setCoEdit(boolean coEdit) {
    this.coEdit = coEdit;
  }

  public long getMinutes() {
    return minutes;
  }

  public void setMinutes(long minutes) {
    this.minutes = minutes;
  }

  public OffsetDateTime getGivenUntil() {
    return givenUntil;
  }
}
