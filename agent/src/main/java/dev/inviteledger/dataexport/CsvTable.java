package dev.inviteledger.dataexport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of the export: finds the header line (LinkedIn puts "Notes:" lines before it in some files),
 * checks the required columns and hands out records with their 1-based line in the file.
 */
final class CsvTable {
    /** A record and the line it starts on. */
    record Row(long line, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v;
        }
    }

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line:? (\\d+)");
    private static final Pattern WHERE_IN_MESSAGE = Pattern.compile("\\s*(at )?\\(?line:? \\d+.*$");

    private CsvTable() {}

    static List<Row> read(String fileName, String text, List<String> required) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        long[] lineStarts = lineStarts(body);
        int headerLine = findHeader(body, lineStarts, required.get(0));
        if (headerLine < 0) {
            throw new MalformedExportException(fileName, 1, "no header line starting with \"" + required.get(0)
                    + "\" (expected " + String.join(",", required) + ")");
        }
        int offset = (int) lineStarts[headerLine];
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body.substring(offset)))
                .setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new MalformedExportException(fileName, headerLine + 1L, "missing column \"" + column
                            + "\" (found " + String.join(",", header) + ")");
                }
            }
            for (CSVRecord record : parser) {
                long line = lineOf(lineStarts, offset + record.getCharacterPosition());
                if (!record.isConsistent()) {
                    throw new MalformedExportException(fileName, line, "expected " + header.size()
                            + " fields but found " + record.size());
                }
                rows.add(new Row(line, record.toMap()));
            }
        } catch (MalformedExportException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new MalformedExportException(fileName, parseErrorLine(e, headerLine), "not valid CSV: " + problem(e));
        }
        return rows;
    }

    private static int findHeader(String body, long[] lineStarts, String firstColumn) {
        for (int i = 0; i < lineStarts.length; i++) {
            int from = (int) lineStarts[i];
            String rest = body.substring(from, Math.min(body.length(), from + firstColumn.length() + 2));
            if (rest.startsWith(firstColumn + ",") || rest.startsWith("\"" + firstColumn + "\"")) {
                return i;
            }
        }
        return -1;
    }

    /** Offsets at which each line starts (after \n, or \r not followed by \n). */
    private static long[] lineStarts(String body) {
        List<Long> starts = new ArrayList<>();
        starts.add(0L);
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= body.length() || body.charAt(i + 1) != '\n'))) {
                if (i + 1 < body.length()) {
                    starts.add(i + 1L);
                }
            }
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    private static long lineOf(long[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, position);
        return (i >= 0 ? i : -i - 2) + 1L;
    }

    /** commons-csv names the line relative to where parsing started (the header line). */
    private static long parseErrorLine(Exception e, int headerLine) {
        String m = rootMessage(e);
        Matcher matcher = LINE_IN_MESSAGE.matcher(m);
        return headerLine + (matcher.find() ? Long.parseLong(matcher.group(1)) : 1L);
    }

    /** The parser's own words without its class name and its (relative) position. */
    private static String problem(Exception e) {
        String m = rootMessage(e);
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        m = WHERE_IN_MESSAGE.matcher(m).replaceFirst("");
        return m.isBlank() ? "unreadable" : m;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? "" : t.getMessage();
    }
}
