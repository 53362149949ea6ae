package org.parcours.plugin.guidance;

import java.util.List;

/**
 * Publishes guidance services and training offers of one partner into the catalogue. The host asks
 * periodically and replaces the provider's previous offers with the answer, so an offer missing
 * from an answer is withdrawn.
 */
public interface GuidanceProvider {

  /**
   * The offers currently published.
   *
   * @return every current offer, each with a distinct {@link GuidanceOffer#reference()}
   * @throws GuidanceUnavailable when the source cannot be read now; previous offers are kept
   */
  List<GuidanceOffer> offers() throws GuidanceUnavailable;
}
