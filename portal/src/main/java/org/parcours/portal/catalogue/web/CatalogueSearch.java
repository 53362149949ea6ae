package org.parcours.portal.catalogue.web;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.portal.catalogue.search.CatalogueIndex;
import org.parcours.portal.catalogue.search.CatalogueQuery;
import org.parcours.portal.catalogue.search.CatalogueResults;
import org.parcours.portal.catalogue.search.IndexStatus;
import org.parcours.portfolio.catalogue.CatalogueRepository.Change;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.Offer;

/**
 * The Lucene index of the public catalogue, following the database through the outbox: every second
 * the changes committed since are applied, then forgotten. A crash between the two only applies a
 * change twice. A missing or corrupt index is rebuilt in the background while the rest of the site
 * keeps working (searches answer from the old generation, or empty at first start).
 *
 * <p>The index opens in the background: opening checks every file against its checksum, which grows
 * with the catalogue, and it is the first use of JPA (0.7 to 2 s of a warm start together, measured
 * on a loaded 2-core machine), while readiness needs neither. Searches and the follower wait for
 * the opening, at most {@link #OPEN_WAIT_SECONDS}.
 */
@ApplicationScoped
public class CatalogueSearch {

  private static final Logger LOG = Logger.getLogger(CatalogueSearch.class.getName());
  private static final int BATCH = 500;
  private static final long OPEN_WAIT_SECONDS = 30;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject CatalogueService catalogue;

  @Inject
  @ConfigProperty(name = "parcours.catalogue.indexDir")
  String indexDir;

  private final CompletableFuture<CatalogueIndex> opened = new CompletableFuture<>();
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private ScheduledFuture<?> follower;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    scheduler.execute(this::open);
    follower = scheduler.scheduleWithFixedDelay(this::follow, 1, 1, TimeUnit.SECONDS);
  }

  private void open() {
    CatalogueIndex index;
    try {
      index = CatalogueIndex.onDisk(Path.of(indexDir), catalogue.indexSource());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Catalogue index not opened: searches fail until a restart", e);
      opened.completeExceptionally(e);
      return;
    }
    boolean rebuild;
    try {
      IndexStatus status = index.open();
      rebuild = status.needsRebuild();
      if (rebuild) {
        LOG.warning("Catalogue index " + status.state() + " (" + status.reason() + "): rebuilding");
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Catalogue index unreadable: rebuilding", e);
      rebuild = true;
    }
    opened.complete(index);
    if (rebuild) {
      rebuildInBackground();
    }
  }

  /** Whether the index could not be opened at start: every search fails until a restart. */
  public boolean failedToOpen() {
    return opened.isCompletedExceptionally();
  }

  // Waits for the opening started with the application.
  private CatalogueIndex index() {
    try {
      return opened.get(OPEN_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("The catalogue index is still opening", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the catalogue index opens", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The catalogue index could not be opened", e.getCause());
    }
  }

  @PreDestroy
  void stop() {
    if (follower != null) {
      follower.cancel(false);
    }
    // Still opening: closed as soon as it is open, so no lock outlives this application.
    opened.thenAccept(index -> {
      try {
        index.close();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Closing the catalogue index failed", e);
      }
    });
  }

  /**
   * Searches the public catalogue.
   *
   * @param query a validated query
   * @return one page of results with facets
   */
  public CatalogueResults search(CatalogueQuery query) {
    try {
      return index().search(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Titles completing what is being typed.
   *
   * @param prefix the words typed so far
   * @param limit at most this many
   * @return suggestions, best first
   */
  public List<String> suggest(String prefix, int limit) {
    try {
      return index().suggest(prefix, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a rebuild is under way (results may be incomplete).
   *
   * @return {@code true} while rebuilding
   */
  public boolean rebuilding() {
    return rebuilding.get();
  }

  /** Starts a full rebuild from the database unless one runs. */
  public void rebuildInBackground() {
    if (rebuilding.compareAndSet(false, true)) {
      scheduler.execute(() -> {
        try {
          long count = index().rebuild(allPublicOffers());
          LOG.info("Catalogue index rebuilt: " + count + " offers");
        } catch (IOException | RuntimeException e) {
          LOG.log(Level.SEVERE, "Catalogue index rebuild failed; it will be tried again", e);
        } finally {
          rebuilding.set(false);
        }
      });
    }
  }

  /** Applies the committed changes; called every second, and by tests through the admin API. */
  public synchronized int follow() {
    if (rebuilding.get()) {
      return 0; // the outbox waits: the new generation gets the changes made meanwhile
    }
    try {
      CatalogueIndex index = index();
      int applied = 0;
      List<Change> changes;
      do {
        changes = catalogue.changes(BATCH);
        if (changes.isEmpty()) {
          break;
        }
        List<UUID> ids = changes.stream().map(Change::offerId).distinct().toList();
        Set<UUID> visible = new HashSet<>();
        for (Offer offer : catalogue.publicOffers(ids)) {
          index.upsert(offer);
          visible.add(offer.id());
        }
        for (UUID id : ids) {
          if (!visible.contains(id)) {
            index.delete(id);
          }
        }
        index.commit();
        catalogue.acknowledge(changes.stream().map(Change::id).toList());
        applied += changes.size();
      } while (changes.size() == BATCH);
      return applied;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Catalogue index update failed; the changes stay in the outbox", e);
      return 0;
    }
  }

  /** Streams every public offer from the database, one page at a time. */
  private Stream<Offer> allPublicOffers() {
    return Stream.iterate(
            catalogue.publicOffersAfter(null, BATCH),
            Objects::nonNull,
            page -> page.next() == null ? null : catalogue.publicOffersAfter(page.next(), BATCH))
        .flatMap(page -> page.offers().stream());
  }
}
