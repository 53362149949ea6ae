/** Erasure of a worker's account: all their data at once, leaving only an anonymous record. */
package org.parcours.portfolio.erasure;
