package org.scorecard.spreadsheet;

/**
 * A sheet of a workbook as its tab bar lists it: its 1-based position, its name, and why it cannot
 * hold a form: {@code hidden} (hidden or very hidden) and {@code worksheet} (false for a chart or
 * dialog sheet).
 */
public record SheetEntry(int position, String name, boolean hidden, boolean worksheet) {
}
