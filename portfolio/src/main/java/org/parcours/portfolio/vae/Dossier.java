package org.parcours.portfolio.vae;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parcours.portfolio.certification.Bloc;
import org.parcours.portfolio.certification.Certification;
import org.parcours.portfolio.worker.WorkerId;

/**
 * A worker's VAE dossier for one RNCP certification. The blocs and competences are copied from the
 * referential when the dossier is opened, so that what the worker wrote stays next to the words it
 * answered.
 */
@Entity
@Table(name = "vae_dossier")
public class Dossier {

  @Id private UUID id;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private UUID workerId;

  @Column(name = "certification", nullable = false, updatable = false, length = 16)
  private String certification;

  @Column(name = "certification_title", nullable = false, updatable = false, length = 600)
  private String certificationTitle;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private DossierStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(
      mappedBy = "dossier",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<DossierBloc> blocs = new ArrayList<>();

  protected Dossier() {}

  Dossier(WorkerId owner, Certification target, OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.workerId = owner.value();
    this.certification = target.number();
    this.certificationTitle = clip(target.displayName(), 600);
    this.status = DossierStatus.ACTIVE;
    this.createdAt = now;
    this.updatedAt = now;
    int position = 0;
    for (Bloc bloc : target.blocs()) {
      blocs.add(
          new DossierBloc(
              this,
              position++,
              bloc.code(),
              clip(bloc.label(), 2000),
              bloc.competences().stream().map(c -> clip(c, 2000)).toList()));
    }
  }

  /**
   * A dossier brought back from an export, for its new owner: new ids, and the words and answers
   * exactly as exported. The referential is not read again: it may have moved on since.
   */
  public static Dossier restore(WorkerId owner, DossierCopy copy, OffsetDateTime now) {
    Dossier dossier = new Dossier();
    dossier.id = UUID.randomUUID();
    dossier.workerId = owner.value();
    dossier.certification = copy.certification();
    dossier.certificationTitle = copy.certificationTitle();
    dossier.status = copy.status();
    dossier.createdAt = copy.createdAt() == null ? now : copy.createdAt();
    dossier.updatedAt = copy.updatedAt() == null ? now : copy.updatedAt();
    int position = 0;
    for (DossierCopy.BlocCopy bloc : copy.blocs()) {
      dossier.blocs.add(DossierBloc.restore(dossier, position++, bloc));
    }
    return dossier;
  }

  // The referential's texts are trusted but unbounded: a label longer than a column is cut.
  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  Optional<DossierBloc> bloc(String code) {
    return blocs.stream().filter(b -> b.code().equals(code)).findFirst();
  }

  void touch(OffsetDateTime now) {
    this.updatedAt = now;
  }

  void status(DossierStatus value, OffsetDateTime now) {
    this.status = value;
    touch(now);
  }

  public UUID id() {
    return id;
  }

  public WorkerId owner() {
    return new WorkerId(workerId);
  }

  public String certification() {
    return certification;
  }

  public String certificationTitle() {
    return certificationTitle;
  }

  public DossierStatus status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  /** The ids of the entries any bloc links to. */
  public Set<String> linkedEntries() {
    return blocs.stream()
        .flatMap(b -> b.links().stream())
        .filter(l -> l.kind() == LinkKind.ENTRY)
        .map(DossierLink::target)
        .collect(Collectors.toSet());
  }

  public List<DossierBloc> blocs() {
    return List.copyOf(blocs);
  }
}
