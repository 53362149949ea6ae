/** Readiness and liveness for load balancers and orchestrators ({@code /health/*}). */
package org.parcours.portal.health;
