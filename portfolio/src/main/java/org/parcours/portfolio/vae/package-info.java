/**
 * VAE dossiers: the worker's case for an RNCP certification, bloc de compétences by bloc, built
 * from their portfolio (narratives, links to evidence, self-assessment per competence) and its
 * coverage.
 */
package org.parcours.portfolio.vae;
