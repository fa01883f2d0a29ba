/** Who reported for the period, on time or late, and who is missing (rules.md section 7). */
package org.scorecard.completeness;
