package dev.minutes.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.minutes.model.Minutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The JSON form of {@link Minutes} (schema version {@value Minutes#SCHEMA_VERSION}): writing and reading. */
public final class MinutesJson {
  /**
   * Jackson's object mapper, made on first use: its set-up costs a short run a quarter of a second, and
   * writing a document does without it ({@link RecordWriter}).
   */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper()
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static final ObjectWriter PRETTY = MAPPER.writer(pretty());
    static final ObjectWriter COMPACT = MAPPER.writer();
  }

  private MinutesJson() {}

  /** Two spaces an indent, a space after the colon. */
  static DefaultPrettyPrinter pretty() {
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  /**
   * The value as JSON text; pretty output is indented by two spaces and ends without a newline. A
   * {@link Minutes} is written by {@link RecordWriter}, to the same text as the object mapper's.
   */
  public static String toJson(Object value, boolean pretty) {
    try {
      if (value instanceof Minutes) {
        java.io.StringWriter out = new java.io.StringWriter();
        RecordWriter.write(value, out, pretty);
        return out.toString();
      }
      return (pretty ? Mapper.PRETTY : Mapper.COMPACT).writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Object value, OutputStream out, boolean pretty) throws IOException {
    (pretty ? Mapper.PRETTY : Mapper.COMPACT).writeValue(out, value);
  }

  public static Minutes read(InputStream in) throws IOException {
    return Mapper.MAPPER.readValue(in, Minutes.class);
  }

  public static Minutes read(String json) throws IOException {
    return Mapper.MAPPER.readValue(json, Minutes.class);
  }

  /** The shared mapper, for callers that read or write related JSON (reports, datasets). */
  public static ObjectMapper mapper() {
    return Mapper.MAPPER;
  }
}
