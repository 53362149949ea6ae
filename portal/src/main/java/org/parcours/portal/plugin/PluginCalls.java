package org.parcours.portal.plugin;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.parcours.portal.plugin.PluginUnavailable.Kind;

/**
 * Calls into one plugin: at most {@code concurrency} calls at once (a bulkhead, so a slow plugin
 * cannot hold every request thread), each cut after a time limit, on a thread whose context class
 * loader is the plugin's. A call cut at its limit, or failing unexpectedly, is that call's failure;
 * repeated failures in a row pause the plugin for a cooldown ({@link CircuitBreaker}), after which
 * it comes back by itself.
 */
final class PluginCalls {

  /** A call into plugin code; {@code X} is the one checked exception it may throw by design. */
  @FunctionalInterface
  interface Task<T, X extends Exception> {
    T run() throws X;
  }

  private final String pluginId;
  private final ClassLoader loader;
  private final ExecutorService executor;
  private final int concurrency;
  private final Semaphore bulkhead;
  private final Duration timeout;
  private final CircuitBreaker breaker;

  PluginCalls(
      String pluginId,
      ClassLoader loader,
      ExecutorService executor,
      PluginSettings settings,
      Clock clock) {
    this.pluginId = pluginId;
    this.loader = loader;
    this.executor = executor;
    this.concurrency = settings.concurrency();
    this.bulkhead = new Semaphore(concurrency);
    this.timeout = settings.callTimeout();
    this.breaker = new CircuitBreaker(clock, settings.failureThreshold(), settings.cooldown());
  }

  <T, X extends Exception> T call(Task<T, X> task, Class<X> expected) throws X {
    return call(timeout, task, expected);
  }

  /** A call with its own time limit: the steps of the plugin's start. */
  <T, X extends Exception> T call(Duration limit, Task<T, X> task, Class<X> expected) throws X {
    if (!bulkhead.tryAcquire()) {
      throw new PluginUnavailable(
          pluginId,
          Kind.BUSY,
          "Plugin " + pluginId + " is busy; try again in a moment.",
          null,
          null,
          null);
    }
    try {
      Optional<CircuitBreaker.Refusal> refusal = breaker.tryAcquire();
      if (refusal.isPresent()) {
        throw paused(refusal.get());
      }
      return guarded(limit, task, expected);
    } finally {
      bulkhead.release();
    }
  }

  private <T, X extends Exception> T guarded(Duration limit, Task<T, X> task, Class<X> expected)
      throws X {
    Future<T> future;
    try {
      future = executor.submit(() -> inPluginContext(task));
    } catch (RejectedExecutionException e) {
      breaker.abandoned(); // the host is stopping: says nothing of the plugin
      throw new PluginUnavailable(pluginId, "Plugin " + pluginId + " is stopping.", e);
    }
    try {
      T result = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
      breaker.succeeded();
      return result;
    } catch (TimeoutException e) {
      future.cancel(true);
      breaker.failed("did not answer within " + limit.toMillis() + " ms");
      throw new PluginUnavailable(
          pluginId,
          Kind.TIMED_OUT,
          "Plugin "
              + pluginId
              + " did not answer within "
              + limit.toMillis()
              + " ms (took too long); try again later.",
          e,
          limit,
          null);
    } catch (InterruptedException e) {
      future.cancel(true);
      breaker.abandoned(); // the caller gave up: says nothing of the plugin
      Thread.currentThread().interrupt();
      throw new PluginUnavailable(pluginId, "Interrupted while waiting for " + pluginId, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (expected.isInstance(cause)) {
        breaker.succeeded();
        throw expected.cast(cause);
      }
      breaker.failed(cause.getClass().getName() + ": " + cause.getMessage());
      throw new PluginUnavailable(
          pluginId,
          Kind.FAILED,
          "Plugin " + pluginId + " failed on this request; it was reported.",
          cause,
          null,
          null);
    }
  }

  private PluginUnavailable paused(CircuitBreaker.Refusal refusal) {
    String when =
        refusal.until() == null
            ? "a trial call is running now"
            : "it comes back by itself at " + refusal.until();
    return new PluginUnavailable(
        pluginId,
        Kind.PAUSED,
        "Plugin "
            + pluginId
            + " is paused after repeated failures ("
            + refusal.reason()
            + "); "
            + when
            + ".",
        null,
        null,
        refusal.until());
  }

  /**
   * The refusal a call would get now, for callers that check before calling.
   *
   * @return the problem of a paused plugin
   */
  PluginUnavailable pausedNow() {
    return paused(new CircuitBreaker.Refusal(breaker.reason(), breaker.openUntil()));
  }

  /**
   * Whether calls are paused after repeated failures.
   *
   * @return {@code true} while the breaker is open
   */
  boolean paused() {
    return breaker.phase() == CircuitBreaker.Phase.OPEN;
  }

  /**
   * Why calls are paused or on trial, with when they resume, for the administrators' view.
   *
   * @return the reason, {@code null} when calls pass normally
   */
  String pauseReason() {
    String reason = breaker.reason();
    if (reason == null) {
      return null;
    }
    var until = breaker.openUntil();
    return until == null
        ? reason + "; the next call is a trial"
        : reason + "; paused until " + until + ", then one trial call";
  }

  /** How many calls into the plugin are running now, for the administrators' view. */
  int inFlight() {
    return concurrency - bulkhead.availablePermits();
  }

  private <T, X extends Exception> T inPluginContext(Task<T, X> task) throws X {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return task.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
