/** Data-quality findings of a run: rule violations, roll-up discrepancies and outliers (rules.md 5, 5a). */
package org.scorecard.quality;
