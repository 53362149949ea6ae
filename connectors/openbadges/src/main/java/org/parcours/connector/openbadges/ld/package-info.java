/** Pinned offline JSON-LD contexts, RDF canonicalization with a deadline, cryptosuite hashing. */
package org.parcours.connector.openbadges.ld;
