/**
 * Generator of the demo data under {@code seeds/} (reference data, monthly submissions with planted faults,
 * expected rejects and README), deterministic and checked against an independent re-computation of rules.md.
 */
package org.scorecard.demo;
