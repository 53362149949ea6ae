/**
 * The VAE dossier as a tagged, accessible PDF (PDF/UA), laid out after the rubrics of the national
 * feasibility file (dossier de faisabilité): candidate, target certification and blocs,
 * experiences, trainings, then each bloc with the candidate's own account, self-assessment and
 * evidence.
 *
 * <p>The input is a plain value ({@link org.parcours.portal.vae.pdf.DossierDocument}) that the
 * caller fills from the portfolio; nothing here reads the database or the user. Every text in it is
 * the worker's own input: it reaches the renderer as DOM text nodes, never as markup, and the
 * renderer is configured to fetch nothing.
 */
package org.parcours.portal.vae.pdf;
