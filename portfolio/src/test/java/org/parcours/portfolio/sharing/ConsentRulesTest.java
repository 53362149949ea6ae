package org.parcours.portfolio.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parcours.portfolio.entry.EntryId;
import org.parcours.portfolio.shared.InvalidInputException;
import org.parcours.portfolio.shared.Violation;
import org.parcours.portfolio.sharing.ShareGrant.Selection;

/** The rules of a consent given in person: its code, its scope, its duration. */
class ConsentRulesTest {

  @Test
  void aCodeIsReadAsPeopleTypeIt() {
    assertThat(ConsentService.normalise("abcd-2345")).isEqualTo("ABCD2345");
    assertThat(ConsentService.normalise(" ABCD 2345 ")).isEqualTo("ABCD2345");
    assertThat(ConsentService.normalise("ABCD234")).as("too short").isNull();
    assertThat(ConsentService.normalise("ABCD2340")).as("0 is not in the alphabet").isNull();
    assertThat(ConsentService.normalise("ABCD'234")).isNull();
    assertThat(ConsentService.normalise("A".repeat(1000))).isNull();
    assertThat(ConsentService.normalise(null)).isNull();
  }

  @Test
  void aCodeIsPendingForTenMinutesThenExpiredAndOnceConfirmedItIsUsed() {
    OffsetDateTime asked = OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC);
    ConsentRequest request =
        new ConsentRequest(null, null, "hash", asked, asked.plus(ConsentService.CODE_LIFETIME));
    assertThat(request.stateAt(asked.plusMinutes(9))).isEqualTo(ConsentRequest.State.PENDING);
    assertThat(request.stateAt(asked.plusMinutes(10))).isEqualTo(ConsentRequest.State.EXPIRED);
    request.confirm(null, asked.plusMinutes(2));
    assertThat(request.stateAt(asked.plusMinutes(3))).isEqualTo(ConsentRequest.State.CONFIRMED);
    assertThat(request.stateAt(asked.plusHours(1)))
        .as("a used code stays used, not expired")
        .isEqualTo(ConsentRequest.State.CONFIRMED);
  }

  @Test
  void theAlphabetHasNoLookAlikes() {
    assertThat(ConsentService.ALPHABET).doesNotContain("0", "O", "1", "I").hasSize(32);
  }

  @Test
  void twoHoursUnlessTheWorkerChoosesOtherwiseAndNeverMoreThanNinetyDays() {
    ConsentScope whole = new ConsentScope(Selection.WHOLE, null, null, false, null).validated();
    assertThat(whole.duration()).isEqualTo(Duration.ofHours(2));
    assertThat(rules(new ConsentScope(Selection.WHOLE, null, null, false, Duration.ofDays(91))))
        .containsExactly("consent.duration.range");
    assertThat(rules(new ConsentScope(Selection.WHOLE, null, null, false, Duration.ofMinutes(1))))
        .containsExactly("consent.duration.range");
  }

  @Test
  void eachScopeNeedsWhatItNamesAndNothingElse() {
    EntryId entry = new EntryId(UUID.randomUUID());
    assertThat(rules(new ConsentScope(Selection.ENTRIES, List.of(), null, false, null)))
        .containsExactly("consent.scope.entries");
    assertThat(rules(new ConsentScope(Selection.WHOLE, List.of(entry), null, false, null)))
        .containsExactly("consent.scope.entries");
    assertThat(rules(new ConsentScope(Selection.DOSSIER, null, null, false, null)))
        .containsExactly("consent.scope.dossier");
    assertThat(rules(new ConsentScope(Selection.ENTRIES, List.of(entry), null, true, null)))
        .containsExactly("consent.scope.coEdit");
    assertThat(rules(new ConsentScope(Selection.SKILLS, null, null, false, null)))
        .containsExactly("consent.scope.unknown");
    assertThat(rules(new ConsentScope(null, null, null, false, null)))
        .containsExactly("consent.scope.unknown");
    ConsentScope dossier =
        new ConsentScope(Selection.DOSSIER, null, UUID.randomUUID(), true, null).validated();
    assertThat(dossier.coEdit()).isTrue();
  }

  private static List<String> rules(ConsentScope scope) {
    try {
      scope.validated();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(Violation::rule).toList();
    }
    throw new AssertionError("the scope was accepted: " + scope);
  }
}
