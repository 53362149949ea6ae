package org.parcours.portal.plugin;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls into one plugin: at most {@code concurrency} calls at once (a bulkhead, so a slow plugin
 * cannot hold every request thread), each cut after a time limit, on a thread whose context class
 * loader is the plugin's. Consecutive failures past a threshold mark the plugin failed.
 */
final class PluginCalls {

  /** A call into plugin code; {@code X} is the one checked exception it may throw by design. */
  @FunctionalInterface
  interface Task<T, X extends Exception> {
    T run() throws X;
  }

  /** Told once when the plugin fails too often. */
  @FunctionalInterface
  interface FailureListener {
    void failed(String reason);
  }

  private final String pluginId;
  private final ClassLoader loader;
  private final ExecutorService executor;
  private final int concurrency;
  private final Semaphore bulkhead;
  private final Duration timeout;
  private final int failureThreshold;
  private final FailureListener listener;
  private final AtomicInteger consecutiveFailures = new AtomicInteger();

  PluginCalls(
      String pluginId,
      ClassLoader loader,
      ExecutorService executor,
      PluginSettings settings,
      FailureListener listener) {
    this.pluginId = pluginId;
    this.loader = loader;
    this.executor = executor;
    this.concurrency = settings.concurrency();
    this.bulkhead = new Semaphore(concurrency);
    this.timeout = settings.callTimeout();
    this.failureThreshold = settings.failureThreshold();
    this.listener = listener;
  }

  <T, X extends Exception> T call(Task<T, X> task, Class<X> expected) throws X {
    return call(timeout, task, expected);
  }

  /** A call with its own time limit: the steps of the plugin's start. */
  <T, X extends Exception> T call(Duration limit, Task<T, X> task, Class<X> expected) throws X {
    if (!bulkhead.tryAcquire()) {
      throw new PluginUnavailable(
          pluginId, "Plugin " + pluginId + " is busy; try again in a moment.", null);
    }
    Future<T> future;
    try {
      future = executor.submit(() -> inPluginContext(task));
    } catch (RejectedExecutionException e) {
      bulkhead.release();
      throw new PluginUnavailable(pluginId, "Plugin " + pluginId + " is stopping.", e);
    }
    try {
      T result = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
      consecutiveFailures.set(0);
      return result;
    } catch (TimeoutException e) {
      future.cancel(true);
      failure("did not answer within " + limit.toMillis() + " ms");
      throw new PluginUnavailable(
          pluginId, "Plugin " + pluginId + " took too long to answer; try again later.", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new PluginUnavailable(pluginId, "Interrupted while waiting for " + pluginId, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (expected.isInstance(cause)) {
        consecutiveFailures.set(0);
        throw expected.cast(cause);
      }
      failure(cause.getClass().getName() + ": " + cause.getMessage());
      throw new PluginUnavailable(
          pluginId, "Plugin " + pluginId + " failed on this request; it was reported.", cause);
    } finally {
      bulkhead.release();
    }
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

  private void failure(String reason) {
    if (consecutiveFailures.incrementAndGet() == failureThreshold) {
      listener.failed(failureThreshold + " calls in a row failed, the last one: " + reason);
    }
  }
}
