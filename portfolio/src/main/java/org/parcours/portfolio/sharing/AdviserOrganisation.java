package org.parcours.portfolio.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Where advisers work: what a worker is shown before consenting, next to the adviser's name. */
@Entity
@Table(name = "adviser_organisation")
public class AdviserOrganisation {

  /** The networks advisers in France belong to. */
  public enum Kind {
    CEP,
    FRANCE_TRAVAIL,
    TRAINING_BODY,
    MISSION_LOCALE,
    OTHER
  }

  public static final int NAME_MAX = 200;

  @Id private UUID id;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Kind kind;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected AdviserOrganisation() {}

  AdviserOrganisation(String name, Kind kind, OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.kind = kind;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }
}
