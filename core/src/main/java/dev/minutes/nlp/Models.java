package dev.minutes.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** OpenNLP models read from the class path; a model that is missing or unreadable is a broken build. */
final class Models {
  private Models() {}

  interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  static <T> T load(String resource, Reader<T> reader) {
    try (InputStream in = Models.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("model " + resource + " is not on the class path");
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
