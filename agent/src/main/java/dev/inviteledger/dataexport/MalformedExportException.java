package dev.inviteledger.dataexport;

/** A file of the data export cannot be read; names the file and, when known, the line. Nothing was written. */
public final class MalformedExportException extends RuntimeException {
    private final String file;
    private final long line;

    public MalformedExportException(String file, long line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is the file as a whole. */
    public long line() {
        return line;
    }
}
