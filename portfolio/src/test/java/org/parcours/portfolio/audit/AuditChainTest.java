package org.parcours.portfolio.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.UTC);

  private static List<AuditTrail.Event> chain(String id, int length) {
    List<AuditTrail.Event> events = new ArrayList<>();
    String prev = AuditTrail.GENESIS;
    for (int seq = 1; seq <= length; seq++) {
      OffsetDateTime at = T0.plusMinutes(seq);
      String details = "{\"grant\":\"g" + seq + "\"}";
      String hash = AuditTrail.hash(prev, seq, at, "READ", details);
      events.add(new AuditTrail.Event(id, seq, at, "READ", details, prev, hash));
      prev = hash;
    }
    return events;
  }

  @Test
  void untouchedChainsVerify() {
    List<AuditTrail.Event> events = new ArrayList<>(chain("a", 5));
    events.addAll(chain("b", 3));
    AuditTrail.Verification v = AuditTrail.check(events);
    assertThat(v.intact()).isTrue();
    assertThat(v.events()).isEqualTo(8);
  }

  @Test
  void aChangedEventBreaksItsChainThereAndOnlyThatChain() {
    List<AuditTrail.Event> events = new ArrayList<>(chain("a", 5));
    AuditTrail.Event third = events.get(2);
    events.set(
        2,
        new AuditTrail.Event(
            "a", 3, third.at(), "READ", "{\"grant\":\"other\"}", third.prevHash(), third.hash()));
    events.addAll(chain("b", 3));
    assertThat(AuditTrail.check(events).broken()).containsExactly("chain a breaks at event 3");
  }

  @Test
  void aRemovedEventIsFound() {
    List<AuditTrail.Event> events = new ArrayList<>(chain("a", 5));
    events.remove(1);
    assertThat(AuditTrail.check(events).broken()).containsExactly("chain a breaks at event 3");
  }

  @Test
  void everyEventTypeFitsTheColumnTheMigrationMakes() throws Exception {
    String migration;
    try (InputStream in = getClass().getResourceAsStream("/db/migration/V4_1__sharing.sql")) {
      migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher width =
        Pattern.compile(
                "create table audit_event \\(.*?\\btype\\s+varchar\\((\\d+)\\)", Pattern.DOTALL)
            .matcher(migration);
    assertThat(width.find()).as("audit_event.type in V4_1").isTrue();
    for (AuditEventType type : AuditEventType.values()) {
      assertThat(type.name().length())
          .as(type.name())
          .isLessThanOrEqualTo(Integer.parseInt(width.group(1)));
    }
  }
}
