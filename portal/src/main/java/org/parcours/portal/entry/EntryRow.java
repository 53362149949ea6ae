package org.parcours.portal.entry;

import java.util.List;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.evidence.EvidenceFile;
import org.parcours.portfolio.skill.SkillTag;

/**
 * One entry as "Mon portfolio" lists it, its texts read once per request. Getters, because EL reads
 * a property through its cache of each class's properties, while a call such as {@code
 * #{e.title()}} searches the class's methods by reflection at every evaluation: with 40 entries
 * that search was a third of the page's time (measured).
 */
public abstract class EntryRow {

  private final String entryId;
  private final String title;
  private final List<Skill> skills;
  private final List<File> files;

  protected EntryRow(Entry entry, List<File> files) {
    this.entryId = entry.entryId().toString();
    this.title = entry.title();
    this.skills = entry.skills().stream().map(Skill::new).toList();
    this.files = files;
  }

  public String getEntryId() {
    return entryId;
  }

  public String getTitle() {
    return title;
  }

  /** By referential then label. */
  public List<Skill> getSkills() {
    return skills;
  }

  public List<File> getFiles() {
    return files;
  }

  /** A skill the entry is tagged with. */
  public static final class Skill {
    private final String referential;
    private final String label;

    Skill(SkillTag tag) {
      this.referential = tag.referential().name();
      this.label = tag.label();
    }

    public String getReferential() {
      return referential;
    }

    public String getLabel() {
      return label;
    }
  }

  /** An evidence file of the entry, offered for download. */
  public static final class File {
    private final String id;
    private final String name;
    private final String size;

    File(EvidenceFile file, String size) {
      this.id = file.id().toString();
      this.name = file.name();
      this.size = size;
    }

    public String getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    /** As a person reads it: "1,2 Mo". */
    public String getSize() {
      return size;
    }
  }
}
