package org.parcours.portal.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.entry.EntryService;
import org.parcours.portfolio.entry.PortfolioFilter;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.sharing.AccessRecord;
import org.parcours.portfolio.sharing.GrantDraft;
import org.parcours.portfolio.sharing.ShareGrant;
import org.parcours.portfolio.sharing.SharingService;
import org.parcours.portfolio.skill.Referential;
import org.parcours.portfolio.skill.SkillRef;
import org.parcours.portfolio.skill.SkillTag;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.vae.DossierService;
import org.parcours.portfolio.vae.DossierStatus;

/** "Mes partages": share chosen entries by link or with an adviser, revoke, see who read what. */
@Named
@ViewScoped
public class SharesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "share";

  @Inject SharingService sharing;
  @Inject EntryService entries;
  @Inject SignedInWorker worker;
  @Inject Clock clock;
  @Inject DossierService dossiers;

  @Inject
  @ConfigProperty(name = "portal.baseUrl")
  String baseUrl;

  private String recipient = "link";
  private String adviserEmail;
  private List<String> selected = new ArrayList<>();
  private List<String> selectedSkills = new ArrayList<>();
  private String dossierId;
  private String purpose;
  private LocalDate endDate;
  private String newLink;
  private transient List<Entry> portfolio;

  public String share() {
    GrantDraft draft =
        new GrantDraft(
            selected.stream().map(id -> EntryId.parse(id).orElse(null)).toList(),
            selectedSkills.stream().map(SharesPage::skillRef).toList(),
            dossierId == null || dossierId.isEmpty() ? null : UUID.fromString(dossierId),
            purpose,
            null,
            endDate == null ? null : endDate.plusDays(1).atStartOfDay(zone()).toOffsetDateTime());
    try {
      if ("link".equals(recipient)) {
        newLink =
            baseUrl + "/shared/link.xhtml?t=" + sharing.shareByLink(worker.id(), draft).token();
        Feedback.notice("shares.link.created");
      } else {
        sharing.shareWithAdviser(worker.id(), adviserEmail, draft);
        Feedback.notice("shares.adviser.created");
      }
    } catch (InvalidInputException e) {
      Feedback.show(FORM, e);
      return null;
    }
    selected = new ArrayList<>();
    selectedSkills = new ArrayList<>();
    dossierId = null;
    purpose = null;
    endDate = null;
    return null;
  }

  public void revoke(String grantId) {
    sharing.revoke(worker.id(), UUID.fromString(grantId));
    Feedback.notice("shares.revoked");
  }

  public List<Entry> getEntries() {
    if (portfolio == null) {
      portfolio = entries.list(worker.id(), PortfolioFilter.ALL);
    }
    return portfolio;
  }

  /**
   * The skills the worker's entries are tagged with: sharing one shares every entry that has it.
   */
  public List<SkillTag> getSkills() {
    return getEntries().stream()
        .flatMap(e -> e.skills().stream())
        .distinct()
        .sorted(SkillTag.ORDER)
        .toList();
  }

  /** How a skill travels in the form: referential and code. */
  public String skillValue(SkillTag tag) {
    return tag.referential().name() + "|" + tag.code();
  }

  private static SkillRef skillRef(String value) {
    int bar = value.indexOf('|');
    try {
      return new SkillRef(Referential.valueOf(value.substring(0, bar)), value.substring(bar + 1));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return null; // refused with a reason by GrantDraft
    }
  }

  /** The worker's active dossiers, to share one with a jury or an adviser. */
  public List<Dossier> getDossiers() {
    return dossiers.dossiers(worker.id()).stream()
        .filter(d -> d.status() == DossierStatus.ACTIVE)
        .toList();
  }

  public String getDossierId() {
    return dossierId;
  }

  public void setDossierId(String dossierId) {
    this.dossierId = dossierId;
  }

  public List<ShareGrant> getGrants() {
    return sharing.grants(worker.id());
  }

  public List<AccessRecord> getAccessLog() {
    return sharing.accessLog(worker.id());
  }

  public boolean live(ShareGrant grant) {
    return grant.liveAt(OffsetDateTime.now(clock));
  }

  /** Titles of the entries a grant selects, for the worker's list. */
  public String what(ShareGrant grant) {
    return String.join(", ", grant.select(getEntries()).stream().map(Entry::title).toList());
  }

  public String when(OffsetDateTime at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(Feedback.messages().locale())
        .format(at.atZoneSameInstant(zone()));
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getAdviserEmail() {
    return adviserEmail;
  }

  public void setAdviserEmail(String adviserEmail) {
    this.adviserEmail = adviserEmail;
  }

  public List<String> getSelectedSkills() {
    return selectedSkills;
  }

  public void setSelectedSkills(List<String> selectedSkills) {
    this.selectedSkills = selectedSkills;
  }

  public List<String> getSelected() {
    return selected;
  }

  public void setSelected(List<String> selected) {
    this.selected = selected;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public String getNewLink() {
    return newLink;
  }
}
