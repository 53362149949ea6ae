/**
 * Consent given in person: the adviser's one-time code and QR code, the worker's confirmation on
 * their own device, the adviser's work within the consent (dossiers, notes), and the organisations
 * advisers belong to.
 */
package org.parcours.portal.consent;
