/**
 * Outturn's Excel support: XLSX workbooks read through the tabular import of {@code org.outturn.csv},
 * and assessed reports written as workbooks.
 */
module org.outturn.xlsx {
    requires transitive org.outturn.csv;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;

    exports org.outturn.xlsx;
}
