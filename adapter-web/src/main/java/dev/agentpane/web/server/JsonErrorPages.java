package dev.agentpane.web.server;

import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.WireJson;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself (a malformed request line, a header too large, …) in the API's error envelope,
 * never as an HTML page and never echoing the exception's text.
 */
final class JsonErrorPages {
    private JsonErrorPages() {
    }

    static boolean writeEnvelope(Response response, Callback callback, int status) {
        String message = status == 404 ? ErrorCode.ROUTE_NOT_FOUND_MESSAGE
                : status >= 500 ? ErrorCode.INTERNAL_ERROR_MESSAGE : HttpStatus.getMessage(status);
        byte[] body = WireJson.write(ApiEnvelope.failure(ErrorCode.forStatus(status), message)).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** For the server, outside any context. */
    static final class ServerErrors extends ErrorHandler {
        /** Jetty writes error bodies only for GET, POST and HEAD by default; a PATCH or DELETE deserves the envelope too. */
        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                List<Charset> charsets, int code, String message, Throwable cause) {
            return writeEnvelope(response, callback, code);
        }
    }

    /** For the servlet context. */
    static final class ContextErrors extends org.eclipse.jetty.ee11.servlet.ErrorHandler {
        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                List<Charset> charsets, int code, String message, Throwable cause) {
            return writeEnvelope(response, callback, code);
        }
    }
}
