package dev.inviteledger.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** ISO-8601 instants, with Z or an offset ({@code 2026-11-22T09:30:00+01:00}). */
final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        Instant parsed = parse(value);
        if (parsed == null) {
            throw new TypeConversionException("'" + value + "' is not an ISO-8601 time such as 2026-11-22T09:30:00Z");
        }
        return parsed;
    }

    /** The instant, or null when {@code value} is not an ISO-8601 date-time with a zone. */
    static Instant parse(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
