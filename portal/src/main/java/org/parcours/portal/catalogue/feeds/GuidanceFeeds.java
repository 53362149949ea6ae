package org.parcours.portal.catalogue.feeds;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.plugin.guidance.GuidanceOffer;
import org.parcours.plugin.guidance.GuidanceUnavailable;
import org.parcours.portal.background.Periodic;
import org.parcours.portal.catalogue.web.CommuneDirectory;
import org.parcours.portal.plugin.HostedGuidanceProvider;
import org.parcours.portal.plugin.PluginHost;
import org.parcours.portal.plugin.PluginUnavailable;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.PartnerOrganisation;
import org.parcours.portfolio.catalogue.feed.FeedAnswer;
import org.parcours.portfolio.catalogue.feed.FeedSync;
import org.parcours.portfolio.catalogue.feed.GuidanceFeed;
import org.parcours.portfolio.catalogue.feed.GuidanceFeedService;
import org.parcours.portfolio.shared.NotFoundException;

/**
 * Syncs every bound guidance provider every {@code parcours.catalogue.feeds.everyMinutes}, the
 * first time {@code parcours.catalogue.feeds.firstDelaySeconds} after start, and one provider when
 * an administrator asks.
 */
@ApplicationScoped
public class GuidanceFeeds {

  private static final Logger LOG = Logger.getLogger(GuidanceFeeds.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject PluginHost plugins;
  @Inject GuidanceFeedService feeds;
  @Inject FeedSync sync;
  @Inject CatalogueService catalogue;
  @Inject CommuneDirectory communes;

  @Inject
  @ConfigProperty(name = "parcours.catalogue.feeds.everyMinutes", defaultValue = "60")
  long everyMinutes;

  @Inject
  @ConfigProperty(name = "parcours.catalogue.feeds.firstDelaySeconds", defaultValue = "30")
  long firstDelaySeconds;

  // Providers being synced in this instance; another instance's sync waits on the feed's lock.
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private Periodic task;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    task =
        Periodic.start(
            scheduler,
            Duration.ofSeconds(firstDelaySeconds),
            Duration.ofMinutes(everyMinutes),
            "Guidance feeds pass",
            LOG,
            this::scheduledPass);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.stop();
    }
  }

  private void scheduledPass() {
    for (HostedGuidanceProvider provider : plugins.guidanceProviders()) {
      try {
        FeedView view = sync(provider);
        if (view.partnerId() != null) {
          LOG.info("Guidance feed " + view.id() + ": " + view);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Guidance feed " + provider.id() + " failed; it runs again", e);
      }
    }
  }

  /**
   * Every installed provider's feed, and bindings whose provider is no longer installed.
   *
   * @return the feeds in plugin and provider order
   */
  public List<FeedView> views() {
    List<FeedView> views = new ArrayList<>();
    List<GuidanceFeed> bound = feeds.feeds();
    for (HostedGuidanceProvider provider : plugins.guidanceProviders()) {
      views.add(view(provider.pluginId(), provider.name(), true));
    }
    for (GuidanceFeed feed : bound) {
      if (views.stream().noneMatch(v -> v.id().equals(feed.pluginId() + "/" + feed.provider()))) {
        views.add(view(feed.pluginId(), feed.provider(), false));
      }
    }
    return views;
  }

  /**
   * Binds a provider to the organisation it publishes for.
   *
   * @return its feed
   */
  public FeedView bind(String pluginId, String provider, UUID partnerId) {
    feeds.bind(pluginId, provider, partnerId);
    return view(pluginId, provider, installed(pluginId, provider).isPresent());
  }

  /** Unbinds a provider; what it published is withdrawn. */
  public void unbind(String pluginId, String provider) {
    feeds.unbind(pluginId, provider);
  }

  /**
   * Syncs one installed provider now.
   *
   * @return its feed after the sync
   * @throws NotFoundException when no installed plugin offers that provider
   */
  public FeedView syncNow(String pluginId, String provider) {
    return sync(
        installed(pluginId, provider)
            .orElseThrow(() -> new NotFoundException("guidance provider")));
  }

  FeedView sync(HostedGuidanceProvider provider) {
    Optional<GuidanceFeed> feed = feeds.feed(provider.pluginId(), provider.name());
    if (feed.isPresent() && running.add(provider.id())) {
      try {
        sync.sync(feed.get().id(), () -> ask(provider));
      } finally {
        running.remove(provider.id());
      }
    }
    return view(provider.pluginId(), provider.name(), true);
  }

  private FeedAnswer ask(HostedGuidanceProvider provider) {
    List<GuidanceOffer> offers;
    try {
      offers = provider.offers();
    } catch (GuidanceUnavailable e) {
      return new FeedAnswer.Unavailable("the provider cannot read its source: " + e.getMessage());
    } catch (PluginUnavailable e) {
      return new FeedAnswer.Unavailable(e.getMessage());
    }
    if (offers.size() > FeedSync.ANSWER_MAX) {
      return FeedAnswer.tooLarge(offers.size());
    }
    GuidanceOfferReader reader = new GuidanceOfferReader(communes::find);
    return new FeedAnswer.Offers(offers.stream().map(reader::read).toList());
  }

  private Optional<HostedGuidanceProvider> installed(String pluginId, String provider) {
    return plugins.guidanceProviders().stream()
        .filter(p -> p.pluginId().equals(pluginId) && p.name().equals(provider))
        .findFirst();
  }

  private FeedView view(String pluginId, String provider, boolean installed) {
    return feeds
        .feed(pluginId, provider)
        .map(feed ->
            FeedView.bound(
                pluginId,
                provider,
                installed,
                feed.partnerId(),
                catalogue
                    .organisation(feed.partnerId())
                    .map(PartnerOrganisation::name)
                    .orElse(null),
                feed.report().orElse(null)))
        .orElseGet(() -> FeedView.unbound(pluginId, provider));
  }
}
