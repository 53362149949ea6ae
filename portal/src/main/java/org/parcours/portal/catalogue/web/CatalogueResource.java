package org.parcours.portal.catalogue.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.parcours.portal.catalogue.geo.Commune;
import org.parcours.portal.catalogue.search.CatalogueIndex;
import org.parcours.portal.catalogue.search.CatalogueResults;
import org.parcours.portal.web.PathIds;
import org.parcours.portfolio.catalogue.CatalogueService;
import org.parcours.portfolio.catalogue.Offer;
import org.parcours.portfolio.shared.NotFoundException;

/** The public catalogue: anyone searches it, signed in or not. */
@Path("/catalogue")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

  @Inject CatalogueSearch search;
  @Inject CatalogueService catalogue;
  @Inject CommuneDirectory communes;

  @GET
  @Path("search")
  @Operation(summary = "Search guidance services and training offers, with facets and distance")
  public CatalogueResults search(
      @QueryParam("q") String text,
      @QueryParam("category") List<String> categories,
      @QueryParam("modality") List<String> modalities,
      @QueryParam("region") List<String> regions,
      @QueryParam("cpf") String cpf,
      @QueryParam("price") List<String> prices,
      @QueryParam("rncp") String rncp,
      @QueryParam("bloc") List<String> blocs,
      @QueryParam("near") String near,
      @QueryParam("radiusKm") Double radiusKm,
      @QueryParam("sort") String sort,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("facets") String facets) {
    return search.search(
        new CatalogueRequest(
                text,
                categories,
                modalities,
                regions,
                cpf,
                prices,
                rncp,
                blocs,
                near,
                radiusKm,
                sort,
                page,
                size,
                facets)
            .toQuery(communes));
  }

  @GET
  @Path("suggest")
  @Operation(summary = "Titles completing what is being typed")
  public List<String> suggest(@QueryParam("q") String prefix) {
    return search.suggest(prefix == null ? "" : prefix, 8);
  }

  @GET
  @Path("offers/{id}")
  @Operation(summary = "One public offer")
  public Offer offer(@PathParam("id") String id) {
    return catalogue
        .publicOffer(PathIds.uuid(id, "offer"))
        .orElseThrow(() -> new NotFoundException("offer"));
  }

  @GET
  @Path("communes")
  @Operation(summary = "Communes whose name starts with the text, for a place picker")
  public List<Commune> communes(@QueryParam("q") String prefix) {
    return communes.suggest(prefix, Math.min(CatalogueIndex.SUGGESTIONS_MAX, 20));
  }
}
