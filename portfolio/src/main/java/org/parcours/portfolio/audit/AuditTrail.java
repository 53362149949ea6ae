package org.parcours.portfolio.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.parcours.portfolio.worker.WorkerId;

/**
 * The append-only, hash-chained record of grants, revocations and reads, one chain per worker. Each
 * event's hash covers the previous hash, so changing or removing an event breaks every later link;
 * {@link #verify()} finds the first broken one.
 */
@ApplicationScoped
public class AuditTrail {

  static final String GENESIS = "0".repeat(64);

  @PersistenceContext(unitName = "portfolio")
  private EntityManager em;

  /** Appends in the caller's transaction, so an event exists exactly when its action committed. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(WorkerId worker, AuditEventType type, String details, OffsetDateTime at) {
    // Locking the chain's own row serializes appends to one chain on H2 and PostgreSQL alike.
    em.createNativeQuery("insert into audit_chain (worker_id) values (?) on conflict do nothing")
        .setParameter(1, worker.value())
        .executeUpdate();
    em.createNativeQuery("select worker_id from audit_chain where worker_id = ? for update")
        .setParameter(1, worker.value())
        .getResultList();
    // The limit is in the SQL: EclipseLink passes setMaxResults of a native query to JDBC only, so
    // the database planned for the whole chain and each append cost as much as the chain is long.
    List<?> last =
        em.createNativeQuery(
                "select seq, hash from audit_event where worker_id = ? order by seq desc limit 1")
            .setParameter(1, worker.value())
            .getResultList();
    long seq = 1;
    String prev = GENESIS;
    if (!last.isEmpty()) {
      Object[] row = (Object[]) last.get(0);
      seq = ((Number) row[0]).longValue() + 1;
      prev = (String) row[1];
    }
    // Stored and hashed at microsecond precision in UTC: what both databases keep exactly.
    OffsetDateTime when = at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    em.createNativeQuery(
            "insert into audit_event (worker_id, seq, at, type, details, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, worker.value())
        .setParameter(2, seq)
        .setParameter(3, when)
        .setParameter(4, type.name())
        .setParameter(5, details)
        .setParameter(6, prev)
        .setParameter(7, hash(prev, seq, when, type.name(), details))
        .executeUpdate();
  }

  /** Every chain checked from its first event; the first broken link of each is reported. */
  @Transactional
  public Verification verify() {
    List<?> rows =
        em.createNativeQuery(
                "select worker_id, seq, at, type, details, prev_hash, hash from audit_event"
                    + " order by worker_id, seq")
            .getResultList();
    List<Event> events = new ArrayList<>(rows.size());
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      events.add(
          new Event(
              r[0].toString(),
              ((Number) r[1]).longValue(),
              toUtc(r[2]),
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6]));
    }
    return check(events);
  }

  /** One stored event, as read back. */
  record Event(
      String chain,
      long seq,
      OffsetDateTime at,
      String type,
      String details,
      String prevHash,
      String hash) {}

  /** Checks events ordered by chain then sequence. */
  static Verification check(List<Event> events) {
    List<String> broken = new ArrayList<>();
    String chain = null;
    String expectedPrev = GENESIS;
    long expectedSeq = 1;
    boolean chainBroken = false;
    for (Event e : events) {
      if (!e.chain().equals(chain)) {
        chain = e.chain();
        expectedPrev = GENESIS;
        expectedSeq = 1;
        chainBroken = false;
      }
      if (chainBroken) {
        continue;
      }
      String recomputed = hash(e.prevHash(), e.seq(), e.at(), e.type(), e.details());
      if (e.seq() != expectedSeq
          || !e.prevHash().equals(expectedPrev)
          || !recomputed.equals(e.hash())) {
        broken.add("chain " + chain + " breaks at event " + e.seq());
        chainBroken = true;
        continue;
      }
      expectedPrev = e.hash();
      expectedSeq++;
    }
    return new Verification(events.size(), broken);
  }

  /**
   * @param events how many events were checked
   * @param broken one line per chain that does not verify, naming the first bad event
   */
  public record Verification(int events, List<String> broken) {
    public boolean intact() {
      return broken.isEmpty();
    }
  }

  private static OffsetDateTime toUtc(Object value) {
    OffsetDateTime at =
        switch (value) {
          case OffsetDateTime o -> o;
          case java.sql.Timestamp t -> t.toInstant().atOffset(ZoneOffset.UTC);
          case java.time.Instant i -> i.atOffset(ZoneOffset.UTC);
          default -> OffsetDateTime.parse(value.toString().replace(' ', 'T'));
        };
    return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  static String hash(String prev, long seq, OffsetDateTime at, String type, String details) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String canonical = prev + "|" + seq + "|" + at.toInstant() + "|" + type + "|" + details;
      return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
