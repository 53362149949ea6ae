package org.parcours.portal.vae;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.parcours.plugin.connector.VerificationReport.Verdict;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.vae.DossierViews.BlocCoverageView;
import org.parcours.portal.vae.DossierViews.BlocView;
import org.parcours.portal.vae.DossierViews.CompetenceView;
import org.parcours.portal.vae.DossierViews.CoverageView;
import org.parcours.portal.vae.DossierViews.DossierView;
import org.parcours.portal.web.Feedback;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.vae.Assessment;
import org.parcours.portfolio.vae.DossierService;
import org.parcours.portfolio.vae.DossierService.BlocEdit;
import org.parcours.portfolio.vae.DossierService.Portfolio;
import org.parcours.portfolio.vae.LinkKind;

/**
 * One VAE dossier, bloc by bloc: what supports each bloc, the narrative and self-assessment, the
 * coverage and the offers for what is missing; export, archive.
 */
@Named
@ViewScoped
public class DossierPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DossierService dossiers;
  @Inject DossierCoverage coverage;
  @Inject SignedInWorker worker;

  private String id;
  private String near;
  private final Map<String, BlocForm> forms = new HashMap<>();
  private transient DossierView dossier;
  private transient CoverageView covered;
  private transient List<SelectItem> linkable;

  /** What the form of one bloc holds between requests. */
  public static final class BlocForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private boolean targeted;
    private String narrative;
    private final List<String> assessments = new ArrayList<>();
    private String newLink;

    public boolean isTargeted() {
      return targeted;
    }

    public void setTargeted(boolean targeted) {
      this.targeted = targeted;
    }

    public String getNarrative() {
      return narrative;
    }

    public void setNarrative(String narrative) {
      this.narrative = narrative;
    }

    public List<String> getAssessments() {
      return assessments;
    }

    public String getNewLink() {
      return newLink;
    }

    public void setNewLink(String newLink) {
      this.newLink = newLink;
    }
  }

  /** Reads the dossier; an id that is not one of the worker's dossiers shows "not found". */
  public void load() {
    UUID dossierId = uuid();
    DossierService.Evidence read = dossiers.evidence(worker.id(), dossierId);
    dossier = DossierView.of(read.dossier(), read.portfolio());
    try {
      covered = coverage.view(dossiers.coverage(worker.id(), dossierId), near);
    } catch (InvalidInputException e) {
      Feedback.show("near", e);
      covered = coverage.view(dossiers.coverage(worker.id(), dossierId), null);
    }
    linkable = linkable(read.portfolio());
    forms.clear();
    for (BlocView b : dossier.blocs()) {
      BlocForm form = new BlocForm();
      form.targeted = b.targeted();
      form.narrative = b.narrative();
      for (CompetenceView c : b.competences()) {
        form.assessments.add(c.assessment() == null ? "" : c.assessment());
      }
      forms.put(b.code(), form);
    }
  }

  public void save(String code) {
    BlocForm form = forms.get(code);
    List<Assessment> assessments =
        form.assessments.stream()
            .map(a ->
                a == null || a.isEmpty() ? null : Assessment.valueOf(a.toUpperCase(Locale.ROOT)))
            .toList();
    try {
      dossiers.edit(
          worker.id(), uuid(), code, new BlocEdit(form.targeted, form.narrative, assessments));
      Feedback.notice("vae.saved");
    } catch (InvalidInputException e) {
      Feedback.show("bloc", e);
    }
    load();
  }

  public void link(String code) {
    String value = forms.get(code).newLink;
    int bar = value == null ? -1 : value.indexOf('|');
    try {
      if (bar < 0) {
        throw new InvalidInputException(List.of(new Violation("target", "dossier.link.unknown")));
      }
      dossiers.link(
          worker.id(),
          uuid(),
          code,
          LinkKind.valueOf(value.substring(0, bar)),
          value.substring(bar + 1));
      Feedback.notice("vae.linked");
    } catch (InvalidInputException e) {
      Feedback.show("bloc", e);
    }
    load();
  }

  public void unlink(String code, String kind, String target) {
    try {
      dossiers.unlink(
          worker.id(), uuid(), code, LinkKind.valueOf(kind.toUpperCase(Locale.ROOT)), target);
      Feedback.notice("vae.unlinked");
    } catch (InvalidInputException e) {
      Feedback.show("bloc", e);
    }
    load();
  }

  public void archive() {
    dossiers.archive(worker.id(), uuid());
    Feedback.notice("vae.archivedNotice");
    load();
  }

  public void reopen() {
    try {
      dossiers.reopen(worker.id(), uuid());
      Feedback.notice("vae.reopened");
    } catch (InvalidInputException e) {
      Feedback.show("actions", e);
    }
    load();
  }

  public String delete() {
    dossiers.delete(worker.id(), uuid());
    Feedback.flash("vae.deleted");
    return "/portfolio/dossiers.xhtml?faces-redirect=true";
  }

  // The choices of the "link" list: the worker's pieces, grouped by kind.
  private static List<SelectItem> linkable(Portfolio portfolio) {
    var messages = Feedback.messages();
    List<SelectItem> entries =
        portfolio.entries().stream()
            .map(e ->
                new SelectItem(
                    "ENTRY|" + e.entryId(),
                    messages.get("entry.kind." + e.kind()) + " : " + e.title()))
            .toList();
    List<SelectItem> files =
        portfolio.files().stream().map(f -> new SelectItem("FILE|" + f.id(), f.name())).toList();
    List<SelectItem> credentials =
        portfolio.credentials().stream()
            .map(c ->
                new SelectItem(
                    "CREDENTIAL|" + c.id(),
                    c.title()
                        + (c.verdict() == Verdict.VERIFIED
                            ? " (" + messages.get("vae.verified") + ")"
                            : "")))
            .toList();
    List<SelectItem> skills =
        portfolio.entries().stream()
            .flatMap(e -> e.skills().stream())
            .distinct()
            .map(t -> new SelectItem("SKILL|" + Portfolio.skillKey(t), t.label()))
            .toList();
    List<SelectItem> groups = new ArrayList<>();
    group(groups, messages.get("vae.link.entries"), entries);
    group(groups, messages.get("vae.link.files"), files);
    group(groups, messages.get("vae.link.credentials"), credentials);
    group(groups, messages.get("vae.link.skills"), skills);
    return groups;
  }

  private static void group(List<SelectItem> groups, String label, List<SelectItem> items) {
    if (!items.isEmpty()) {
      groups.add(new SelectItemGroup(label, null, false, items.toArray(SelectItem[]::new)));
    }
  }

  private UUID uuid() {
    if (id == null) {
      throw new NotFoundException("dossier");
    }
    return PathIds.uuid(id, "dossier");
  }

  public BlocForm form(String code) {
    return forms.get(code);
  }

  public BlocCoverageView coverageOf(String code) {
    return covered.blocs().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
  }

  public DossierView getDossier() {
    return dossier;
  }

  public CoverageView getCoverage() {
    return covered;
  }

  public List<SelectItem> getLinkable() {
    return linkable;
  }

  public boolean isArchived() {
    return "archived".equals(dossier.status());
  }

  /** A distance as people read it: whole kilometres. */
  public String km(Double distance) {
    return Feedback.messages().get("vae.near.km", Math.round(distance));
  }

  /** Orders the offers for the gaps by distance from the place the worker typed. */
  public void locate() {
    load();
  }

  public String getNear() {
    return near;
  }

  public void setNear(String near) {
    this.near = near;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
