package dev.minutes.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tesseract, each page image read once: its hOCR kept in a folder by the image's and the languages' SHA-256, so that
 * rules applied after OCR can be tried on the scans again in seconds. For development only
 * ({@code -Dminutes.ocr.cache=DIR}); the tests run Tesseract itself.
 */
public final class CachedTesseract extends Tesseract {
  public static final String COMMAND = "tesseract-cached";
  private final Tesseract real = Tesseract.of("tesseract");
  private final Path dir;

  private CachedTesseract(Path dir) {
    super(COMMAND);
    this.dir = dir;
  }

  /** Registers the cache under {@link #COMMAND}: a parser built with {@code ocrCommand(COMMAND)} uses it. */
  public static void install(Path dir) throws IOException {
    Files.createDirectories(dir);
    Tesseract.register(new CachedTesseract(dir));
  }

  @Override
  public Optional<Set<String>> languages() {
    return real.languages();
  }

  @Override
  public String number(BufferedImage image, int dpi, long timeoutMillis) throws IOException, InterruptedException {
    return real.number(image, dpi, timeoutMillis);
  }

  @Override
  public String hocr(BufferedImage image, List<String> packs, int dpi, long timeoutMillis) throws IOException,
      InterruptedException {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(((DataBufferByte) image.getRaster().getDataBuffer()).getData());
      d.update((image.getWidth() + "x" + image.getHeight() + " " + packs + " " + dpi).getBytes(StandardCharsets.UTF_8));
      Path file = dir.resolve(HexFormat.of().formatHex(d.digest()) + ".hocr");
      if (Files.exists(file)) return Files.readString(file);
      String hocr = real.hocr(image, packs, dpi, timeoutMillis);
      Files.writeString(file, hocr);
      return hocr;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
