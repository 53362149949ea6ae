package org.parcours.portfolio.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.parcours.plugin.connector.ParsedCredential.Skill;

/** A skill a credential states, as stored. */
@Embeddable
public class CredentialSkill {

  @Column(name = "name", nullable = false, length = 500)
  private String name;

  @Column(name = "framework", length = 100)
  private String framework;

  @Column(name = "code", length = 200)
  private String code;

  @Column(name = "skill_level", length = 100)
  private String level;

  protected CredentialSkill() {}

  CredentialSkill(Skill skill) {
    this.name = CredentialCheck.clip(skill.name(), 500);
    this.framework = CredentialCheck.clip(skill.framework(), 100);
    this.code = CredentialCheck.clip(skill.code(), 200);
    this.level = CredentialCheck.clip(skill.level(), 100);
  }

  public Skill toSkill() {
    return new Skill(name, framework, code, level);
  }
}
