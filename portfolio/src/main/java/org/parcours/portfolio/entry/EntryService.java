package org.parcours.portfolio.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.NotFoundException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.skill.Skill;
import org.parcours.portfolio.skill.SkillRef;
import org.parcours.portfolio.skill.SkillTag;
import org.parcours.portfolio.skill.Skills;
import org.parcours.portfolio.worker.WorkerId;

/** What a worker does with any of their entries: read them all, and tag them with skills. */
@ApplicationScoped
@Transactional
public class EntryService {

  public static final int SKILLS_MAX = 50;

  private EntryRepository entries;
  private Skills skills;
  private Clock clock;

  protected EntryService() {}

  @Inject
  public EntryService(EntryRepository entries, Skills skills, Clock clock) {
    this.entries = entries;
    this.skills = skills;
    this.clock = clock;
  }

  /** The owner's entries that the filter keeps, most recently changed first. */
  // One read-only query: a transaction around it would only add its begin and commit to the most
  // frequent call of the portfolio (the page and GET /api/me/entries).
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Entry> list(WorkerId owner, PortfolioFilter filter) {
    // A portfolio holds tens of entries: filtering them here keeps one simple query.
    return entries.listOf(owner).stream().filter(filter).toList();
  }

  public Entry get(WorkerId owner, EntryId id) {
    return entries.find(owner, id).orElseThrow(() -> new NotFoundException("entry"));
  }

  /**
   * Replaces the entry's skills. Each must exist in its referential; the label comes from the
   * referential, whatever the client sent.
   */
  public Entry retag(WorkerId owner, EntryId id, List<SkillRef> refs) {
    List<Violation> violations = new ArrayList<>();
    Set<SkillTag> tags = new LinkedHashSet<>();
    if (refs.size() > SKILLS_MAX) {
      violations.add(new Violation("skills", "skills.tooMany"));
    } else {
      for (int i = 0; i < refs.size(); i++) {
        Optional<Skill> skill = known(refs.get(i));
        if (skill.isEmpty()) {
          violations.add(new Violation("skills[" + i + "]", "skills.unknown"));
        } else {
          tags.add(SkillTag.of(skill.get()));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Entry entry = get(owner, id);
    entry.retag(tags, OffsetDateTime.now(clock));
    return entry;
  }

  private Optional<Skill> known(SkillRef ref) {
    if (ref == null || ref.referential() == null || ref.code() == null) {
      return Optional.empty();
    }
    return skills.catalogue().find(ref.referential(), ref.code());
  }
}
