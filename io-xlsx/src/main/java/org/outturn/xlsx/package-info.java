/**
 * Excel workbooks in and out: {@link org.outturn.xlsx.OutturnXlsx} reads XLSX sheets through the
 * tabular import of {@code org.outturn.csv} and writes rated reports as workbooks.
 */
package org.outturn.xlsx;
