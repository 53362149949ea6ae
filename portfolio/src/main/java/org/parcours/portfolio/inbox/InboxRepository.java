package org.parcours.portfolio.inbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parcours.portfolio.worker.WorkerId;

/** Where pushed items, aliases, API clients and blocked senders are kept. */
public interface InboxRepository {

  Optional<InboxItem> item(UUID partnerId, String idempotencyKey);

  void add(InboxItem item);

  /** The worker's items, pending first, newest first. */
  List<InboxItem> ofWorker(WorkerId worker);

  Optional<InboxItem> ofWorker(WorkerId worker, UUID id);

  /** What a partner pushed, newest first. */
  List<InboxItem> ofPartner(UUID partnerId, int limit);

  Optional<WorkerAlias> alias(String alias);

  Optional<WorkerAlias> aliasOf(WorkerId worker);

  void add(WorkerAlias alias);

  void remove(WorkerAlias alias);

  Optional<WorkerAddress> address(String addressKey);

  List<WorkerAddress> addressesOf(WorkerId worker);

  void add(WorkerAddress address);

  void remove(WorkerAddress address);

  Optional<PartnerApiClient> client(String subject);

  void add(PartnerApiClient client);

  boolean blocked(WorkerId worker, UUID partnerId);

  List<BlockedSender> blockedBy(WorkerId worker);

  void add(BlockedSender blocked);

  void remove(BlockedSender blocked);
}
