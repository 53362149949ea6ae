/**
 * The Open Badges and Verifiable Credentials connector: Open Badges 2.0 (hosted, signed, revocation
 * lists), Open Badges 3.0 / W3C VC 1.1 and 2.0 (VC-JWT, Data Integrity eddsa-rdfc-2022 and
 * eddsa-jcs-2022, Bitstring Status List, JSON Schema) and CLR 2.0. JSON-LD contexts are pinned and
 * offline ({@link org.parcours.connector.openbadges.ld.PinnedContexts}); every network fetch goes
 * through the host's guarded fetcher.
 */
package org.parcours.connector.openbadges;
