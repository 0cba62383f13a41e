package dev.inviteledger.http;

import dev.inviteledger.dataexport.DataExportReader;
import dev.inviteledger.dataexport.MalformedExportException;
import dev.inviteledger.ledger.DataExport;
import dev.inviteledger.ledger.ImportResult;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code POST /api/v1/import}: LinkedIn's own data export (the downloaded zip) as the {@code file} part of a
 * multipart upload; {@code ?account=} names the account. The upload is capped by the body limit, each CSV by
 * the reader's unpacked-size cap; the whole export is parsed and checked before anything is written, and
 * written in one transaction, so a refused file (400 naming the file and line) leaves the ledger unchanged.
 */
public final class ImportRoutes implements RouteModule {
    public static final String FILE_PART = "file";
    private static final int MAX_PROBLEM = 300;

    private final ApiServices services;

    public ImportRoutes(ApiServices services) {
        this.services = services;
    }

    @Override
    public void register(Routes routes) {
        routes.multipartPost("/api/v1/import", Access.TOKEN, this::importExport);
    }

    private void importExport(Context ctx) throws IOException {
        String account = Fields.accountParam(ctx);
        List<UploadedFile> files = ctx.isMultipartFormData() ? ctx.uploadedFiles(FILE_PART) : List.of();
        if (files.size() != 1) {
            throw ApiError.badRequest("file-required",
                    "Send the data export zip as exactly one multipart/form-data part named \"" + FILE_PART + "\".");
        }
        DataExport export = read(files.get(0));
        ImportResult result = services.ledger().importExport(account, export, services.clock().instant());
        ctx.json(result);
    }

    /** The reader works on a file: the upload goes to an owner-only temporary file, deleted right after. */
    private static DataExport read(UploadedFile upload) throws IOException {
        Path tmp = Files.createTempFile("invite-ledger-import-", ".zip");
        try {
            try (InputStream in = upload.content()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                return DataExportReader.read(tmp);
            } catch (MalformedExportException e) {
                String file = e.file().equals(tmp.getFileName().toString()) || e.file().equals(tmp.toString())
                        ? "the uploaded file" : e.file();
                String line = e.line() > 0 ? ", line " + e.line() : "";
                // The reader quotes the offending cell; keep that, but not at any length.
                String problem = FreeText.clean(e.problem(), MAX_PROBLEM);
                throw ApiError.badRequest("malformed-export", file + line + ": " + problem + ". Nothing was imported.");
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
