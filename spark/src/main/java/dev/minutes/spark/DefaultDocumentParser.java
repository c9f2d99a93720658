package dev.minutes.spark;

import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.model.Minutes;

/** The library's parser with its defaults, as {@code minutes parse} runs it. */
public final class DefaultDocumentParser implements DocumentParser {
  private final MinutesParser parser = MinutesParser.builder().build();

  @Override
  public Minutes parse(byte[] pdf, String name) throws MinutesException {
    return parser.parse(pdf, name);
  }
}
