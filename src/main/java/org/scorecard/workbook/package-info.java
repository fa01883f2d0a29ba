/**
 * The auditor's workbook {@code scorecard-PERIOD.xlsx}: every figure with live formulas down to the
 * file and line it came from, written with SXSSF in bounded memory.
 */
package org.scorecard.workbook;
