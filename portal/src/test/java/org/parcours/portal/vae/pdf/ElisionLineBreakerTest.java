package org.parcours.portal.vae.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ElisionLineBreakerTest {

  private static final String TEXT = "J’ai repris l’entreprise d'Anne, aujourd’hui.";

  @Test
  void theJdkAloneWouldBreakAfterAnApostrophe() {
    BreakIterator jdk = BreakIterator.getLineInstance(Locale.FRENCH);
    jdk.setText(TEXT);
    List<Integer> breaks = new ArrayList<>();
    for (int at = jdk.next(); at != BreakIterator.DONE; at = jdk.next()) {
      breaks.add(at);
    }
    assertThat(breaks).contains(TEXT.indexOf("ai repris"));
  }

  @Test
  void neverBreaksRightAfterAnElidingApostrophe() {
    ElisionLineBreaker breaker = new ElisionLineBreaker();
    breaker.setText(TEXT);
    List<Integer> breaks = new ArrayList<>();
    for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) {
      breaks.add(at);
    }
    assertThat(breaks)
        .contains(TEXT.indexOf("repris"), TEXT.indexOf("l’entreprise"), TEXT.indexOf("d'Anne"))
        .allSatisfy(at -> assertThat(TEXT.charAt(at - 1)).isNotIn('’', '\''));
  }
}
