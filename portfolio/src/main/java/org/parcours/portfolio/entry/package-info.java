/**
 * Portfolio entries: what experiences, trainings and credentials have in common (owner, skills,
 * version), so that evidence, skills and sharing treat every kind alike.
 */
package org.parcours.portfolio.entry;
