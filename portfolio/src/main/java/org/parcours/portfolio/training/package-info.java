/** Trainings a worker followed: the second kind of portfolio entry, scoped to its owner. */
package org.parcours.portfolio.training;
