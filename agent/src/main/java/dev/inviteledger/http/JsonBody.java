package dev.inviteledger.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.inviteledger.config.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a JSON request body into a record with clear 400 errors. The bytes come from {@link RequestBody}, which
 * holds chunked bodies to the limit too. Error messages name a field when its name is
 * plain ASCII, and never repeat the body.
 */
public final class JsonBody {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    /**
     * The shared configuration without type coercion: a client that sends {@code "html": 123} or
     * {@code "complete": "true"} has a bug worth a clear 400, not a silent guess.
     */
    private static final ObjectMapper STRICT = strict();

    private static ObjectMapper strict() {
        JsonMapper mapper = ((JsonMapper) Json.mapper()).rebuild()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // Text only from strings; booleans only from true/false; numbers never from strings or booleans.
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String)) {
            mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float)) {
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        return mapper;
    }

    private JsonBody() {}

    public static <T> T read(Context ctx, Class<T> type) {
        byte[] body = RequestBody.bytes(ctx);
        if (body.length == 0) {
            throw ApiError.badRequest("body-required", "This request needs a JSON body.");
        }
        if (type == JsonNode.class) {
            return type.cast(tree(body));
        }
        T value;
        try {
            // straight into the record, one pass: a capture's 0.5 MB html is decoded once, not copied through a tree
            value = STRICT.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(body);
        } catch (IOException e) {
            // A broken or trailing document is malformed whatever its fields: syntax is judged before fields, but
            // only here, on the error path, so a good body is read once.
            checkSyntax(body);
            throw fieldError(e);
        }
        if (value == null) {
            throw nullBody();
        }
        return value;
    }

    /** The 400 for a syntactically sound body whose fields do not fit the record. */
    private static ApiError fieldError(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ApiError.badRequest("unknown-field", "Unknown field" + fieldName(unknown.getPropertyName()) + ".");
        }
        if (e instanceof InvalidFormatException || e instanceof ValueInstantiationException) {
            return ApiError.badRequest("invalid-field", "Invalid value for field" + fieldName(lastField((JsonMappingException) e)) + ".");
        }
        if (e instanceof MismatchedInputException mismatch) {
            return ApiError.badRequest("invalid-field", "Wrong type or missing value for field" + fieldName(lastField(mismatch)) + ".");
        }
        return ApiError.badRequest("invalid-field", "The request body does not have the expected fields.");
    }

    private static JsonNode tree(byte[] body) {
        JsonNode tree;
        try {
            tree = STRICT.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(body);
        } catch (IOException e) {
            throw malformed();
        }
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            throw nullBody();
        }
        return tree;
    }

    /** One document and nothing after it, checked by streaming over the tokens (values are skipped, not built). */
    private static void checkSyntax(byte[] body) {
        try (JsonParser p = STRICT.getFactory().createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw malformed();
            }
            if (first == JsonToken.VALUE_NULL) {
                throw nullBody();
            }
            p.skipChildren();
            if (p.nextToken() != null) {
                throw malformed();
            }
        } catch (IOException e) {
            throw malformed();
        }
    }

    private static ApiError malformed() {
        return ApiError.badRequest("malformed-json", "The request body is not valid JSON.");
    }

    private static ApiError nullBody() {
        return ApiError.badRequest("body-required", "This request needs a JSON object, not null.");
    }

    private static String lastField(JsonMappingException e) {
        var path = e.getPath();
        return path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
    }

    private static String fieldName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches() ? " \"" + name + "\"" : "";
    }
}
