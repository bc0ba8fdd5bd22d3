package io.balancepoint.rest.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes CSV (RFC 4180: comma-separated, CRLF line ends, a cell with a comma, quote or line break
 * in quotes with quotes doubled). Text cells that a spreadsheet would run as a formula — starting
 * with {@code = + - @}, a tab or a carriage return — get a leading {@code '}, so a note a user
 * typed can never execute in Excel or LibreOffice (CSV injection). Numbers are written as plain
 * decimals and are not prefixed. Used by the REST exports and the {@code analyze} command line.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one row; null cells are empty. */
    public void row(List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell's text: empty for null, plain decimals for numbers, neutralised and quoted text otherwise. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
