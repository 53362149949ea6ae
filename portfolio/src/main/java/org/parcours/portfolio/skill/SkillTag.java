package org.parcours.portfolio.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Comparator;
import java.util.Objects;

/**
 * A skill put on a portfolio entry: the referential's identifier, and the label the worker saw when
 * they picked it.
 */
@Embeddable
public class SkillTag {

  /** Referential, then label: the order in which a person reads an entry's skills. */
  public static final Comparator<SkillTag> ORDER =
      Comparator.comparing(SkillTag::referential).thenComparing(SkillTag::label);

  @Enumerated(EnumType.STRING)
  @Column(name = "referential", nullable = false, length = 10)
  private Referential referential;

  @Column(name = "code", nullable = false, length = 300)
  private String code;

  @Column(name = "label", nullable = false, length = 1000)
  private String label;

  protected SkillTag() {}

  public SkillTag(Referential referential, String code, String label) {
    this.referential = Objects.requireNonNull(referential, "referential");
    this.code = Objects.requireNonNull(code, "code");
    this.label = Objects.requireNonNull(label, "label");
  }

  public static SkillTag of(Skill skill) {
    return new SkillTag(skill.referential(), skill.code(), skill.label());
  }

  public Referential referential() {
    return referential;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  // Identity is the referential's identifier: the same skill picked twice is one tag.
  @Override
  public boolean equals(Object o) {
    return o instanceof SkillTag other
        && referential == other.referential
        && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(referential, code);
  }
}
