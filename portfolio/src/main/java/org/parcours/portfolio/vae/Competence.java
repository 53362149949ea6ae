package org.parcours.portfolio.vae;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;

/** One competence of a bloc, with the worker's self-assessment once given. */
@Embeddable
public class Competence {

  @Column(name = "label", nullable = false, length = 2000)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(name = "assessment", length = 8)
  private Assessment assessment;

  protected Competence() {}

  Competence(String label) {
    this.label = label;
  }

  void assess(Assessment value) {
    this.assessment = value;
  }

  public String label() {
    return label;
  }

  public Optional<Assessment> assessment() {
    return Optional.ofNullable(assessment);
  }
}
