package org.parcours.portfolio.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.parcours.portfolio.skill.Referential;
import org.parcours.portfolio.skill.SkillRef;
import org.parcours.portfolio.skill.SkillTag;

/** A skill a grant selects by: every entry tagged with it is shared. */
@Embeddable
public class GrantSkill {

  @Enumerated(EnumType.STRING)
  @Column(name = "referential", nullable = false, length = 10)
  private Referential referential;

  @Column(name = "code", nullable = false, length = 300)
  private String code;

  protected GrantSkill() {}

  GrantSkill(SkillRef ref) {
    this.referential = ref.referential();
    this.code = ref.code();
  }

  boolean matches(SkillTag tag) {
    return tag.referential() == referential && tag.code().equals(code);
  }

  public SkillRef ref() {
    return new SkillRef(referential, code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GrantSkill other
        && referential == other.referential
        && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(referential, code);
  }
}
