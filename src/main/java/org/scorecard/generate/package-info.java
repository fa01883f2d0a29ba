/**
 * Synthetic data sets of any size for load tests and benchmarks: a consistent agency tree, indicators,
 * targets, tasks and rules, and one submission per agency and month (CSV, a share as XLSX forms), with a
 * known number of faulty rows. Deterministic from a seed and written as a stream (never all rows in memory).
 */
package org.scorecard.generate;
