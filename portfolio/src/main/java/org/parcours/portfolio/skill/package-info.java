/**
 * Skills: the referentials a worker picks from (ESCO, ROME 4.0, Pix, RNCP blocs), loaded from the
 * official open-data files, and the tags that put them on portfolio entries.
 */
package org.parcours.portfolio.skill;
