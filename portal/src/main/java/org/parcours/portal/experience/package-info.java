/** The worker's experiences over HTTP ({@code /api/me/experiences}) and on the portfolio page. */
package org.parcours.portal.experience;
