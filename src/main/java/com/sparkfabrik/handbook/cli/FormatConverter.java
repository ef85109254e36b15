package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.diag.OutputFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code text}, {@code json}, {@code sarif}, in any case. */
final class FormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
        try {
            return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(
                    "expected text, json or sarif but was '" + value + "'");
        }
    }
}
