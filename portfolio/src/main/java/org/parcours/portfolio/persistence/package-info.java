/**
 * JPA (EclipseLink) implementations of the portfolio's repositories, and the schema migrations that
 * own the database schema on every supported database (Flyway; no schema generation).
 */
package org.parcours.portfolio.persistence;
