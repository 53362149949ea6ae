package org.parcours.portfolio.vae;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One bloc de compétences of a dossier: the worker's narrative, evidence and self-assessment. */
@Entity
@Table(name = "vae_dossier_bloc")
public class DossierBloc {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
  private Dossier dossier;

  @Column(name = "code", nullable = false, updatable = false, length = 24)
  private String code;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "label", nullable = false, updatable = false, length = 2000)
  private String label;

  @Column(name = "targeted", nullable = false)
  private boolean targeted;

  @Column(name = "narrative", length = 10_000)
  private String narrative;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "vae_dossier_competence", joinColumns = @JoinColumn(name = "bloc_id"))
  @OrderColumn(name = "position")
  private List<Competence> competences = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "vae_dossier_link", joinColumns = @JoinColumn(name = "bloc_id"))
  private Set<DossierLink> links = new HashSet<>();

  protected DossierBloc() {}

  DossierBloc(Dossier dossier, int position, String code, String label, List<String> competences) {
    this.id = UUID.randomUUID();
    this.dossier = dossier;
    this.position = position;
    this.code = code;
    this.label = label;
    this.targeted = true;
    competences.forEach(c -> this.competences.add(new Competence(c)));
  }

  static DossierBloc restore(Dossier dossier, int position, DossierCopy.BlocCopy copy) {
    DossierBloc bloc =
        new DossierBloc(
            dossier,
            position,
            copy.code(),
            copy.label(),
            copy.competences().stream().map(DossierCopy.CompetenceCopy::label).toList());
    bloc.targeted = copy.targeted();
    bloc.narrative = copy.narrative();
    for (int i = 0; i < copy.competences().size(); i++) {
      bloc.assess(i, copy.competences().get(i).assessment());
    }
    bloc.links.addAll(copy.links());
    return bloc;
  }

  void write(String text) {
    this.narrative = text;
  }

  void target(boolean value) {
    this.targeted = value;
  }

  boolean link(DossierLink link) {
    return links.add(link);
  }

  boolean unlink(DossierLink link) {
    return links.remove(link);
  }

  void assess(int competence, Assessment value) {
    competences.get(competence).assess(value);
  }

  public String code() {
    return code;
  }

  public int position() {
    return position;
  }

  public String label() {
    return label;
  }

  public boolean targeted() {
    return targeted;
  }

  public Optional<String> narrative() {
    return Optional.ofNullable(narrative);
  }

  public List<Competence> competences() {
    return List.copyOf(competences);
  }

  public Set<DossierLink> links() {
    return Set.copyOf(links);
  }
}
