/**
 * Workers: the people who own portfolios. A worker is created the first time they sign in, from the
 * identity provider's subject, and is known by that subject only.
 */
package org.parcours.portfolio.worker;
