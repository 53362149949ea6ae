package org.parcours.portal.catalogue.feeds;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.parcours.portal.web.Feedback;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.PartnerOrganisation;
import org.parcours.portfolio.catalogue.PartnerStatus;

/** Backs the guidance feeds shown on the administrators' plugins page. */
@Named
@RequestScoped
public class GuidanceFeedsPage {

  private static final String SELF = "/admin/plugins.xhtml?faces-redirect=true";

  @Inject GuidanceFeeds feeds;
  @Inject CatalogueService catalogue;

  private List<FeedView> views;
  private String partnerId;

  /**
   * The feeds of one plugin.
   *
   * @param pluginId the plugin
   * @return its providers' feeds
   */
  public List<FeedView> of(String pluginId) {
    if (views == null) {
      views = feeds.views();
    }
    return views.stream().filter(v -> v.pluginId().equals(pluginId)).toList();
  }

  /**
   * The organisations a provider may be bound to.
   *
   * @return the vetted organisations
   */
  public List<PartnerOrganisation> getVetted() {
    return catalogue.organisations(PartnerStatus.VETTED);
  }

  public String bind(String pluginId, String provider) {
    if (partnerId == null || partnerId.isBlank()) {
      Feedback.notice("feeds.partner.required");
      return null;
    }
    feeds.bind(pluginId, provider, UUID.fromString(partnerId));
    Feedback.flash("feeds.bound");
    return SELF;
  }

  public String unbind(String pluginId, String provider) {
    feeds.unbind(pluginId, provider);
    Feedback.flash("feeds.unbound");
    return SELF;
  }

  public String sync(String pluginId, String provider) {
    feeds.syncNow(pluginId, provider);
    Feedback.flash("feeds.synced");
    return SELF;
  }

  public String getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(String partnerId) {
    this.partnerId = partnerId;
  }
}
