/** Reading RFC 4180 CSV files row by row, with physical line numbers, strict UTF-8 and broken quotes detected. */
package org.scorecard.csv;
