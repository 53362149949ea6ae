package org.parcours.portal.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * Reads made without pause from several threads until closed, each recorded with when it started
 * and the status it got: what a revocation is raced against. Closing stops them even when the test
 * failed, so that no read lands in the next test's access log.
 */
public final class RacingReads implements AutoCloseable {

  /** One read: {@code System.nanoTime()} when it started, and its HTTP status. */
  public record Read(long startedNanos, int status) {}

  private final List<Read> reads = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean stop = new AtomicBoolean();
  private final ExecutorService threads;

  private RacingReads(int count, IntSupplier read) {
    threads = Executors.newFixedThreadPool(count);
    for (int t = 0; t < count; t++) {
      threads.submit(() -> {
        while (!stop.get()) {
          long started = System.nanoTime();
          reads.add(new Read(started, read.getAsInt()));
        }
      });
    }
  }

  /** Starts {@code count} threads, each calling {@code read} (which returns a status) in a loop. */
  public static RacingReads start(int count, IntSupplier read) {
    return new RacingReads(count, read);
  }

  public int count() {
    return reads.size();
  }

  /** The reads so far, in the order they ended. */
  public List<Read> all() {
    synchronized (reads) {
      return List.copyOf(reads);
    }
  }

  @Override
  public void close() {
    stop.set(true);
    threads.shutdown();
    try {
      if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("readers still running 30 s after being told to stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the readers stop", e);
    }
  }
}
