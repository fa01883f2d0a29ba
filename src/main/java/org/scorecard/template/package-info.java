/** The blank XLSX submission form an agency fills in for one period. */
package org.scorecard.template;
