/** The worker's account and data rights: export, import, erasure. */
package org.parcours.portal.account;
