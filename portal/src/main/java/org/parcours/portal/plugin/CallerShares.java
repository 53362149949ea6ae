package org.parcours.portal.plugin;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How many plugin calls one caller may have in flight at once. A plugin's bulkhead is shared by
 * everyone; without a share per caller, one person sending credentials whose keys sit on a server
 * that never answers would hold every slot until the calls' time limit, and everyone else's imports
 * would be refused as busy.
 */
public final class CallerShares {

  private final int perCaller;
  private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

  /**
   * @param perCaller calls one caller may have in flight, at least 1
   */
  public CallerShares(int perCaller) {
    if (perCaller < 1) {
      throw new IllegalArgumentException("perCaller must be at least 1: " + perCaller);
    }
    this.perCaller = perCaller;
  }

  /**
   * Runs a call on one of the caller's shares, given back when the call ends, however it ends.
   *
   * @param caller who calls: a worker's id, an address for anonymous calls
   * @param call the work that calls plugins
   * @return what the call returned
   * @throws CallerBusy when the caller already has {@code perCaller} calls in flight
   */
  public <T> T run(String caller, Supplier<T> call) {
    boolean[] taken = {false};
    inFlight.compute(
        caller,
        (key, count) -> {
          int now = count == null ? 0 : count;
          if (now >= perCaller) {
            return count;
          }
          taken[0] = true;
          return now + 1;
        });
    if (!taken[0]) {
      throw new CallerBusy(perCaller);
    }
    try {
      return call.get();
    } finally {
      inFlight.computeIfPresent(caller, (key, count) -> count == 1 ? null : count - 1);
    }
  }

  /**
   * The calls a caller has in flight now.
   *
   * @param caller who calls
   * @return the number of its calls not ended yet
   */
  int inFlight(String caller) {
    return inFlight.getOrDefault(caller, 0);
  }
}
