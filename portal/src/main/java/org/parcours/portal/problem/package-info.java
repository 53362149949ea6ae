/**
 * Errors as the API's clients see them: RFC 9457 problem details, one table from domain error codes
 * to HTTP statuses and problem types, and reasons written for the person who must act. Nothing here
 * ever sends a stack trace to a client.
 */
package org.parcours.portal.problem;
