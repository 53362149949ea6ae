package org.parcours.portal.skill;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parcours.portal.security.SignedInWorker;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.entry.EntryService;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.skill.Referential;
import org.parcours.portfolio.skill.Skill;
import org.parcours.portfolio.skill.SkillRef;
import org.parcours.portfolio.skill.SkillTag;
import org.parcours.portfolio.skill.Skills;

/**
 * "Compétences" of one entry ({@code ?entry=}): suggestions from the referentials as the worker
 * types, each added with one button, and the entry's skills, each removed with one button.
 */
@Named
@ViewScoped
public class SkillsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SUGGESTIONS = 10;

  @Inject EntryService entries;
  @Inject Skills skills;
  @Inject SignedInWorker worker;

  private String entry;
  private String text;
  private Referential referential;
  private transient Entry current;
  private transient List<Skill> suggestions = List.of();

  public Entry getEntry() {
    if (current == null) {
      current = entries.get(worker.id(), entryId());
    }
    return current;
  }

  /** Runs as the worker types (and with the search button when scripts are off). */
  public void suggest() {
    suggestions =
        skills.search(text, referential == null ? Set.of() : Set.of(referential), SUGGESTIONS);
  }

  public void add(Referential r, String code) {
    List<SkillRef> refs = refs();
    refs.add(new SkillRef(r, code));
    retag(refs, "skills.added");
  }

  public void remove(Referential r, String code) {
    List<SkillRef> refs = refs();
    refs.remove(new SkillRef(r, code));
    retag(refs, "skills.removed");
  }

  private void retag(List<SkillRef> refs, String notice) {
    try {
      current = entries.retag(worker.id(), entryId(), refs);
      Feedback.notice(notice);
    } catch (InvalidInputException e) {
      Feedback.show("skills", e);
    }
  }

  private List<SkillRef> refs() {
    List<SkillRef> refs = new ArrayList<>();
    for (SkillTag t : getEntry().skills()) {
      refs.add(new SkillRef(t.referential(), t.code()));
    }
    return refs;
  }

  public boolean isTagged(Skill s) {
    return getEntry().skills().contains(SkillTag.of(s));
  }

  private EntryId entryId() {
    return EntryId.parse(entry).orElseThrow(() -> new NotFoundException("entry"));
  }

  public Referential[] getReferentials() {
    return Referential.values();
  }

  public List<Skill> getSuggestions() {
    return suggestions;
  }

  public String getEntryParam() {
    return entry;
  }

  public void setEntryParam(String entry) {
    this.entry = entry;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Referential getReferential() {
    return referential;
  }

  public void setReferential(Referential referential) {
    this.referential = referential;
  }
}
