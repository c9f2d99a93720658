package dev.minutes.spark;

import dev.minutes.MinutesException;
import dev.minutes.model.Minutes;

/**
 * Parses one file's bytes on an executor. The data source makes one instance per class and executor JVM
 * (option {@code parser}: the class name, with a public no-argument constructor) and shares it across that
 * executor's tasks, so an implementation must be thread-safe. The default is {@link DefaultDocumentParser};
 * name another to parse with other label sets or profiles:
 *
 * <pre>{@code
 * public final class MyParser implements DocumentParser {
 *   private final MinutesParser parser = MinutesParser.builder().labelSets(List.of(MY_LABELS)).build();
 *   public Minutes parse(byte[] pdf, String name) throws MinutesException { return parser.parse(pdf, name); }
 * }
 * spark.read().format("minutes").option("parser", MyParser.class.getName()).load(...)
 * }</pre>
 */
public interface DocumentParser {
  /** The document in {@code pdf}; {@code name} is the file's name, for {@code source.file} and messages. */
  Minutes parse(byte[] pdf, String name) throws MinutesException;
}
