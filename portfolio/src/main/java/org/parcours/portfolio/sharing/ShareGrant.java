package org.parcours.portfolio.sharing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parcours.portfolio.entry.Entry;
import org.parcours.portfolio.vae.Dossier;
import org.parcours.portfolio.worker.WorkerId;

/** A worker's act of sharing part of their portfolio with one grantee, for one purpose, a while. */
@Entity
@Table(name = "share_grant")
public class ShareGrant {

  /** Who reads through the grant. */
  public enum Grantee {
    ADVISER,
    LINK
  }

  /** How the grant selects entries. */
  public enum Selection {
    ENTRIES,
    SKILLS,
    /** Every entry, present and future: only ever given in person. */
    WHOLE,
    /** One VAE dossier and the entries it links to. */
    DOSSIER
  }

  @Id private UUID id;

  @Column(name = "worker_id", nullable = false, updatable = false)
  private UUID workerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "grantee_kind", nullable = false, updatable = false)
  private Grantee grantee;

  // A relation, not a UUID column: EclipseLink cannot read a null UUID column back.
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "adviser_id", updatable = false)
  private Adviser adviser;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", updatable = false)
  private AdviserOrganisation organisation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "dossier_id", updatable = false)
  private Dossier dossier;

  @Column(name = "co_edit", nullable = false, updatable = false)
  private boolean coEdit;

  @Column(name = "client_name", updatable = false, length = 200)
  private String clientName;

  @Column(name = "link_hash", updatable = false)
  private String linkHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "selection_kind", nullable = false, updatable = false)
  private Selection selection;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "share_grant_entry", joinColumns = @JoinColumn(name = "grant_id"))
  @Column(name = "entry_id")
  private Set<UUID> entryIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "share_grant_skill", joinColumns = @JoinColumn(name = "grant_id"))
  private Set<GrantSkill> skills = new HashSet<>();

  @Column(name = "purpose", nullable = false, updatable = false)
  private String purpose;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private OffsetDateTime endsAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected ShareGrant() {}

  ShareGrant(
      WorkerId owner,
      Grantee grantee,
      Adviser adviser,
      String linkHash,
      GrantDraft draft,
      Dossier sharedDossier,
      OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.workerId = owner.value();
    this.grantee = grantee;
    this.adviser = adviser;
    this.linkHash = linkHash;
    this.selection =
        sharedDossier != null
            ? Selection.DOSSIER
            : draft.skills().isEmpty() ? Selection.ENTRIES : Selection.SKILLS;
    this.dossier = sharedDossier;
    draft.entryIds().forEach(e -> entryIds.add(e.value()));
    draft.skills().forEach(s -> skills.add(new GrantSkill(s)));
    this.purpose = draft.purpose();
    this.startsAt = draft.startsAt();
    this.endsAt = draft.endsAt();
    this.createdAt = now;
  }

  /** A grant the worker confirmed in person for the adviser who showed the code. */
  ShareGrant(
      WorkerId owner,
      ConsentRequest request,
      String clientName,
      ConsentScope scope,
      Dossier dossier,
      OffsetDateTime now,
      OffsetDateTime until) {
    this.id = UUID.randomUUID();
    this.workerId = owner.value();
    this.grantee = Grantee.ADVISER;
    this.adviser = request.adviser();
    this.organisation = request.organisation();
    this.clientName = clientName;
    this.selection = scope.selection();
    scope.entryIds().forEach(e -> entryIds.add(e.value()));
    this.dossier = dossier;
    this.coEdit = scope.coEdit();
    this.purpose = ConsentScope.PURPOSE;
    this.startsAt = now;
    this.endsAt = until;
    this.createdAt = now;
  }

  /** Readable now: started, not ended, not revoked. */
  public boolean liveAt(OffsetDateTime now) {
    return revokedAt == null && !now.isBefore(startsAt) && now.isBefore(endsAt);
  }

  /** The entries of the portfolio this grant lets the grantee read, evaluated now. */
  public List<Entry> select(List<Entry> portfolio) {
    Set<String> linked = selection == Selection.DOSSIER ? dossier.linkedEntries() : Set.of();
    return portfolio.stream()
        .filter(e ->
            switch (selection) {
              case ENTRIES -> entryIds.contains(e.entryId().value());
              case SKILLS ->
                  e.skills().stream().anyMatch(t -> skills.stream().anyMatch(s -> s.matches(t)));
              case WHOLE -> true;
              case DOSSIER -> linked.contains(e.entryId().value().toString());
            })
        .toList();
  }

  public UUID id() {
    return id;
  }

  public WorkerId owner() {
    return new WorkerId(workerId);
  }

  public Grantee grantee() {
    return grantee;
  }

  public Optional<Adviser> adviser() {
    return Optional.ofNullable(adviser);
  }

  public Selection selection() {
    return selection;
  }

  public Optional<AdviserOrganisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  public Optional<Dossier> dossier() {
    return Optional.ofNullable(dossier);
  }

  /** The name the worker let the adviser see, for grants given in person. */
  public Optional<String> clientName() {
    return Optional.ofNullable(clientName);
  }

  /** Whether the adviser may edit the dossier with the worker, not only read it. */
  public boolean coEdit() {
    return coEdit;
  }

  public Set<UUID> entryIds() {
    return Set.copyOf(entryIds);
  }

  public List<GrantSkill> skills() {
    return List.copyOf(skills);
  }

  public String purpose() {
    return purpose;
  }

  public OffsetDateTime startsAt() {
    return startsAt;
  }

  public OffsetDateTime endsAt() {
    return endsAt;
  }

  public Optional<OffsetDateTime> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }
}
