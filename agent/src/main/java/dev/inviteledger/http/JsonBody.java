package dev.inviteledger.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.inviteledger.config.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads a JSON request body into a record with clear 400 errors. Reads through {@code ctx.bodyAsBytes()},
 * which enforces the body limit on chunked bodies too. Error messages name a field when its name is
 * plain ASCII, and never repeat the body.
 */
public final class JsonBody {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private JsonBody() {}

    public static <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiError.badRequest("body-required", "This request needs a JSON body.");
        }
        try {
            T value = Json.mapper().readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(body);
            if (value == null) {
                throw ApiError.badRequest("body-required", "This request needs a JSON object, not null.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiError.badRequest("unknown-field", "Unknown field" + fieldName(e.getPropertyName()) + ".");
        } catch (InvalidFormatException | ValueInstantiationException e) {
            throw ApiError.badRequest("invalid-field", "Invalid value for field" + fieldName(lastField(e)) + ".");
        } catch (MismatchedInputException e) {
            throw ApiError.badRequest("invalid-field", "Wrong type or missing value for field" + fieldName(lastField(e)) + ".");
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed-json", "The request body is not valid JSON.");
        } catch (IOException e) {
            throw ApiError.badRequest("malformed-json", "The request body could not be read as JSON.");
        }
    }

    private static String lastField(JsonMappingException e) {
        var path = e.getPath();
        return path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
    }

    private static String fieldName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches() ? " \"" + name + "\"" : "";
    }
}
