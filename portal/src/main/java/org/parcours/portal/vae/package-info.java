/** VAE dossiers over HTTP and in pages: certification search, blocs, coverage, PDF export. */
package org.parcours.portal.vae;
