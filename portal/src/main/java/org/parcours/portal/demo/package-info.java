/** Demo content for the README's run command; off unless {@code parcours.demo=true}. */
package org.parcours.portal.demo;
