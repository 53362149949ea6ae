package org.parcours.portfolio.vae;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A piece of the portfolio that supports a bloc. The target is the id of an entry, file or
 * credential, or {@code REFERENTIAL:code} for a skill.
 */
@Embeddable
public class DossierLink {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private LinkKind kind;

  @Column(name = "target", nullable = false, length = 320)
  private String target;

  protected DossierLink() {}

  public DossierLink(LinkKind kind, String target) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.target = Objects.requireNonNull(target, "target");
  }

  public LinkKind kind() {
    return kind;
  }

  public String target() {
    return target;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DossierLink other && kind == other.kind && target.equals(other.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, target);
  }
}
