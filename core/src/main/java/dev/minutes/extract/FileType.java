package dev.minutes.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The input's real type, by its bytes alone (Apache Tika's detector), for refusing what is not a PDF: the
 * name is not trusted, since a text file named .pdf must come out as text/plain.
 */
final class FileType {
  private static final Tika TIKA = new Tika();

  private FileType() {}

  /** The detected media type, such as {@code text/plain}; {@code application/octet-stream} when unknown. */
  static String detect(byte[] bytes) {
    try {
      MediaType type = TIKA.getDetector().detect(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, 65536)),
          new Metadata());
      return type.getBaseType().toString();
    } catch (IOException e) {
      return MediaType.OCTET_STREAM.toString();
    }
  }
}
