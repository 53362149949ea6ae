package org.parcours.portal.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.List;
import org.parcours.portal.i18n.Messages;
import org.parcours.portfolio.shared.Violation;

/** Builds problems in the language the client asked for. */
final class Problems {

  private Problems() {}

  static Messages messagesFor(HttpHeaders headers) {
    return Messages.firstSupported(headers == null ? List.of() : headers.getAcceptableLanguages());
  }

  /** A problem of a documented kind; title and detail come from {@code problem.<kind>.*}. */
  static Problem of(Messages messages, String kind, int status, Object... detailArguments) {
    return new Problem(
        URI.create(Problem.TYPE_BASE + kind),
        messages.get("problem." + kind + ".title"),
        status,
        messages.get("problem." + kind + ".detail", detailArguments),
        List.of());
  }

  /** A problem of a documented kind with one violation whose message a check wrote itself. */
  static Problem withReason(
      Messages messages, String kind, int status, String field, String rule, String reason) {
    Problem base = of(messages, kind, status, 1);
    return new Problem(
        base.type(),
        base.title(),
        base.status(),
        base.detail(),
        List.of(new Problem.FieldViolation(field, rule, reason)));
  }

  static Problem invalidInput(Messages messages, List<Violation> violations) {
    return refused(messages, "invalid-input", 400, violations);
  }

  /** A problem of a kind whose detail counts the broken rules, listed with their messages. */
  static Problem refused(Messages messages, String kind, int status, List<Violation> violations) {
    Problem base = of(messages, kind, status, violations.size());
    List<Problem.FieldViolation> explained =
        violations.stream()
            .map(v ->
                new Problem.FieldViolation(
                    v.field(), v.rule(), messages.get("violation." + v.rule())))
            .toList();
    return new Problem(base.type(), base.title(), base.status(), base.detail(), explained);
  }
}
