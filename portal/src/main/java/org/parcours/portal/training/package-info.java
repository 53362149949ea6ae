/** Trainings over HTTP: the signed-in worker's own, nobody else's. */
package org.parcours.portal.training;
