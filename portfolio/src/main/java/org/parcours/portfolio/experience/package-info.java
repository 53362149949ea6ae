/**
 * Experiences: what a worker did (a job, volunteering, a personal project, an internship), where,
 * and when. The first kind of portfolio entry; an experience always belongs to exactly one worker
 * and every use case is scoped to that owner.
 */
package org.parcours.portfolio.experience;
