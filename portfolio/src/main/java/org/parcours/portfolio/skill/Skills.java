package org.parcours.portfolio.skill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.parcours.portfolio.shared.ReferentialsFolder;

/**
 * The skill referentials of this instance. Read from the files on first use rather than at start,
 * because reading 66,000 skills takes a second or two that start-up should not pay.
 */
@ApplicationScoped
public class Skills {

  public static final int SEARCH_MAX = 50;

  private ReferentialsFolder folder;
  private volatile SkillCatalogue catalogue;

  protected Skills() {}

  @Inject
  public Skills(ReferentialsFolder folder) {
    this.folder = folder;
  }

  /** For tests and tools that already hold a catalogue. */
  public static Skills of(SkillCatalogue catalogue) {
    Skills skills = new Skills();
    skills.catalogue = catalogue;
    return skills;
  }

  public SkillCatalogue catalogue() {
    SkillCatalogue loaded = catalogue;
    if (loaded == null) {
      synchronized (this) {
        loaded = catalogue;
        if (loaded == null) {
          loaded = ReferentialFiles.load(folder.path());
          catalogue = loaded;
        }
      }
    }
    return loaded;
  }

  /** Autocomplete: see {@link SkillCatalogue#search}; at most {@link #SEARCH_MAX} skills. */
  public List<Skill> search(String text, Set<Referential> among, int limit) {
    return catalogue().search(text, among, Math.min(limit, SEARCH_MAX));
  }
}
