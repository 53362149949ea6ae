package org.parcours.connector.openbadges.ld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.time.Duration;
import org.parcours.connector.openbadges.crypto.Failure;

/**
 * RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, with the pinned offline contexts
 * and a deadline: JSON-LD expansion and canonicalization together must finish before it, so a
 * poison graph (many interlinked blank nodes) costs at most the budget.
 */
public final class Rdfc {

  private final PinnedContexts contexts;

  /**
   * Creates a canonicalizer.
   *
   * @param contexts the only contexts documents may use
   */
  public Rdfc(PinnedContexts contexts) {
    this.contexts = contexts;
  }

  /** An absolute deadline shared by the steps of one credential. */
  public static final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
      this.endNanos = endNanos;
    }

    /**
     * A deadline from now.
     *
     * @param budget the time allowed
     * @return the deadline
     */
    public static Deadline in(Duration budget) {
      return new Deadline(System.nanoTime() + budget.toNanos());
    }

    /**
     * The time left, at least one millisecond.
     *
     * @return the remaining duration
     */
    public Duration remaining() {
      return Duration.ofNanos(Math.max(1_000_000L, endNanos - System.nanoTime()));
    }

    /**
     * Whether the deadline has passed.
     *
     * @return {@code true} once past
     */
    public boolean passed() {
      return System.nanoTime() - endNanos > 0;
    }
  }

  /**
   * Refuses a document using a context outside the pinned set, before any processing.
   *
   * @param document a JSON-LD document
   * @throws Failure {@code context.unknown} or {@code context.altered}
   */
  public void checkContexts(JsonObject document) throws Failure {
    JsonValue context = document.get("@context");
    if (context == null) {
      throw new Failure("context.missing", "The credential has no @context.");
    }
    if (context instanceof JsonArray array) {
      for (JsonValue value : array) {
        checkOne(value);
      }
    } else {
      checkOne(context);
    }
  }

  private void checkOne(JsonValue value) throws Failure {
    if (value instanceof JsonString url) {
      var refusal = contexts.refusal(url.getString());
      if (refusal.isPresent()) {
        throw new Failure(
            refusal.get().startsWith("unknown") ? "context.unknown" : "context.altered",
            refusal.get());
      }
    }
  }

  /**
   * Canonical N-Quads of a document.
   *
   * @param document the JSON-LD document
   * @param deadline when to give up
   * @return the canonical N-Quads, one quad a line, sorted
   * @throws Failure {@code context.unknown}, {@code canonicalization.timeout} or {@code
   *     canonicalization.failed}
   */
  public String canonicalize(JsonObject document, Deadline deadline) throws Failure {
    checkContexts(document);
    PinnedContexts.Loader loader = contexts.loader();
    JsonLdOptions options = new JsonLdOptions(loader);
    options.setTimeout(deadline.remaining());
    options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
    RdfCanon canon =
        RdfCanon.create(
            "SHA-256",
            () -> {
              if (deadline.passed() || Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("canonicalization deadline passed");
              }
            });
    try {
      // Expanded first, so that a type the contexts do not map (a relative IRI, which RDF would
      // silently drop and a signature would not cover) is refused like an undefined term.
      JsonArray expanded = JsonLd.expand(JsonDocument.of(document)).options(options).get();
      requireAbsoluteTypes(expanded);
      JsonLd.toRdf(JsonDocument.of(expanded)).options(options).provide(canon);
      StringWriter out = new StringWriter();
      canon.provide(new NQuadsWriter(out));
      return out.toString();
    } catch (JsonLdError e) {
      if (loader.refused().isPresent()) {
        String reason = loader.refused().get();
        throw new Failure(
            reason.startsWith("unknown") ? "context.unknown" : "context.altered", reason, e);
      }
      if (e.getCode() == JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED || deadline.passed()) {
        throw timeout(e);
      }
      if (e.getCode() == JsonLdErrorCode.UNDEFINED_TERM) {
        throw new Failure(
            "canonicalization.undefined-term",
            "The credential uses a term its contexts do not define, which a signature would not"
                + " cover: "
                + e.getMessage(),
            e);
      }
      throw new Failure(
          "canonicalization.failed", "The credential is not valid JSON-LD: " + e.getMessage(), e);
    } catch (IllegalStateException e) {
      throw timeout(e);
    } catch (RdfConsumerException | RuntimeException e) {
      if (deadline.passed()) {
        throw timeout(e);
      }
      throw new Failure(
          "canonicalization.failed", "The credential could not be canonicalized: " + e, e);
    }
  }

  private static void requireAbsoluteTypes(JsonValue value) throws Failure {
    if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        requireAbsoluteTypes(item);
      }
    } else if (value instanceof JsonObject object) {
      for (var member : object.entrySet()) {
        if (member.getKey().equals("@type") && !member.getValue().equals(JsonValue.NULL)) {
          for (JsonValue type :
              member.getValue() instanceof JsonArray types
                  ? types
                  : java.util.List.of(member.getValue())) {
            if (type instanceof JsonString name
                && !name.getString().contains(":")
                && object.containsKey("@value") == false) {
              throw new Failure(
                  "canonicalization.undefined-term",
                  "The credential uses a type its contexts do not define, which a signature would"
                      + " not cover: "
                      + name.getString());
            }
          }
        } else if (!member.getKey().equals("@value")) {
          requireAbsoluteTypes(member.getValue());
        }
      }
    }
  }

  private static Failure timeout(Exception e) {
    return new Failure(
        "canonicalization.timeout",
        "Canonicalizing the credential took longer than allowed; its graph is too complex"
            + " (a poison graph?).",
        e);
  }
}
