package dev.inviteledger.http;

import io.javalin.http.Context;
import io.javalin.http.servlet.MaxRequestSize;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A request's body bytes. One of declared length (which {@link BodyLimit} already held to the limit) is read into
 * one array of that length: Javalin's {@code bodyAsBytes} grows a buffer from 32 bytes and copies it out at the end,
 * for a capture's 0.5 MB ~2 MB of garbage and three copies (issue 9). A chunked body goes through
 * {@code bodyAsBytes}, which counts it against the limit.
 */
final class RequestBody {
    private RequestBody() {}

    static byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        // no length, or one over the limit (BodyLimit refuses it before routing; this keeps the read safe anyway)
        if (declared < 0 || declared > ctx.appData(MaxRequestSize.INSTANCE.getMaxRequestSizeKey())) {
            return ctx.bodyAsBytes();
        }
        try {
            // straight into the array (readNBytes(int) would gather 8 KB pieces and copy them again)
            byte[] body = new byte[Math.toIntExact(declared)];
            int read = ctx.req().getInputStream().readNBytes(body, 0, body.length);
            if (read != body.length) {
                throw new EOFException("the body ended after " + read + " of " + declared + " bytes");
            }
            return body;
        } catch (IOException e) {
            // the client went away mid-body: nothing was read into the ledger, and nobody is left to answer
            throw new UncheckedIOException(e);
        }
    }
}
