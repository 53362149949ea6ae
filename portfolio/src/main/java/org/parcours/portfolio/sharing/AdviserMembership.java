package org.parcours.portfolio.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An adviser's organisation, by the e-mail address their identity provider vouches for. */
@Entity
@Table(name = "adviser_membership")
public class AdviserMembership {

  @Id
  @Column(name = "email", length = 320)
  private String email;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private AdviserOrganisation organisation;

  protected AdviserMembership() {}

  AdviserMembership(String email, AdviserOrganisation organisation) {
    this.email = email;
    this.organisation = organisation;
  }

  void moveTo(AdviserOrganisation other) {
    this.organisation = other;
  }

  public String email() {
    return email;
  }

  public AdviserOrganisation organisation() {
    return organisation;
  }
}
