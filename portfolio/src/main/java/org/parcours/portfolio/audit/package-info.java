/** The audit trail: grants, revocations and reads, append-only and hash-chained per worker. */
package org.parcours.portfolio.audit;
