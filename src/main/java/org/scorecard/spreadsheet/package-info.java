/**
 * Reading workbooks (XLSX and XLSM straight from the zip with StAX, Excel 97-2003 XLS with Apache
 * POI's HSSF) sheet by sheet and row by row, each cell as the program that wrote the file shows it.
 */
package org.scorecard.spreadsheet;
