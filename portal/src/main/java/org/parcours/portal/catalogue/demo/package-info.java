/**
 * A generated catalogue for demos, tests and benchmarks, drawn from the real referentials (RNCP
 * blocs, ROME jobs, ESCO skills, communes) since no copy of the national catalogue can be had.
 */
package org.parcours.portal.catalogue.demo;
