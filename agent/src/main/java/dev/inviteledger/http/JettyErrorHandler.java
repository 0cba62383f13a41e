package dev.inviteledger.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before Javalin sees the request (unparseable requests, HTTP/1.1 without Host,
 * oversized headers, ambiguous URIs, shutdown): same JSON shape and security headers as the rest, and
 * never a stack trace or Jetty's HTML page.
 */
final class JettyErrorHandler extends ErrorHandler {

    private final long maxBodyBytes;

    JettyErrorHandler(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException http) {
            status = http.getCode();
            response.setStatus(status);
        }
        if (status < 400) {
            status = 500;
            response.setStatus(status);
        }
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.apply(headers::put);
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(status)), callback);
        return true;
    }

    /** Errors found while parsing, before there is a request object. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status));
    }

    private byte[] body(int status) {
        return ErrorResponses.toJson(ErrorResponses.forStatus(status, maxBodyBytes).body());
    }
}
