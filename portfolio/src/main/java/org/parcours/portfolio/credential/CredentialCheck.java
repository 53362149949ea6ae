package org.parcours.portfolio.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.parcours.plugin.connector.VerificationReport.Aspect;
import org.parcours.plugin.connector.VerificationReport.Check;
import org.parcours.plugin.connector.VerificationReport.Outcome;

/** One check of a credential's last verification, as stored. */
@Embeddable
public class CredentialCheck {

  @Enumerated(EnumType.STRING)
  @Column(name = "aspect", nullable = false, length = 16)
  private Aspect aspect;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 16)
  private Outcome outcome;

  @Column(name = "code", nullable = false, length = 100)
  private String code;

  @Column(name = "detail", nullable = false, length = 1000)
  private String detail;

  protected CredentialCheck() {}

  CredentialCheck(Check check) {
    this.aspect = check.aspect();
    this.outcome = check.outcome();
    this.code = clip(check.code(), 100);
    this.detail = clip(check.detail(), 1000);
  }

  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Check toCheck() {
    return new Check(aspect, outcome, code, detail);
  }
}
