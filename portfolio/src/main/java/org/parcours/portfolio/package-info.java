/**
 * The worker's portfolio, in the words of the domain.
 *
 * <p>A {@code Worker} is a person signed in through the identity provider; the provider's subject
 * identifies them and nothing else about them is stored unless they write it. A worker records
 * {@code Experience}s (jobs, volunteering, projects) that belong to them alone: every use case
 * takes the owner and never returns another worker's data, so that an unknown id and someone else's
 * id look the same from outside.
 *
 * <p>This module holds plain Java use cases and their JPA persistence. It knows nothing of HTTP,
 * pages or search (the build refuses such dependencies; see docs/adr/0002).
 */
package org.parcours.portfolio;
