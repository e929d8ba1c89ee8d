/**
 * Spreadsheets in and out: {@link org.outturn.csv.TableImport} reads wide and long indicator tables
 * (header synonyms, a {@link org.outturn.csv.TableMapping}, the Fingertips preset) into an
 * {@code outturn/1} document, listing every {@link org.outturn.csv.ImportProblem} with its sheet, row,
 * column and cell; {@link org.outturn.csv.OutturnCsv} reads and writes CSV files, and
 * {@link org.outturn.csv.ReportTable} is the export's machine-usable columns.
 */
package org.outturn.csv;
