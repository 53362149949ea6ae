/** Small values and the error vocabulary shared by every feature of the portfolio. */
package org.parcours.portfolio.shared;
