package dev.inviteledger.dataexport;

/** A file of the data export cannot be read; names the file and, when known, the line. Nothing was written. */
public final class MalformedExportException extends RuntimeException {
    private final String file;
    private final long line;
    private final String problem;

    public MalformedExportException(String file, long line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }

    /**
     * The message with the file named as {@code fileLabel} instead of its path: an upload's temporary location
     * means nothing to the user and is not theirs to see.
     */
    public String describe(String fileLabel) {
        return fileLabel + (line > 0 ? ", line " + line : "") + ": " + problem;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is the file as a whole. */
    public long line() {
        return line;
    }
}
