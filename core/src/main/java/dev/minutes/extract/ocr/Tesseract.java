package dev.minutes.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The {@code tesseract} command (Tesseract 4 or later): whether it is installed and with which language packs,
 * and one page image read into hOCR. The image goes to the command's standard input as a grey PGM and the hOCR
 * comes from its standard output, so no temporary file is written. Each run is one process on one core
 * ({@code OMP_THREAD_LIMIT=1}): a bulk run fills the cores with workers, and Tesseract's own threads gain little
 * on a page. A run that takes longer than its time limit, or whose thread is interrupted, is killed.
 */
public class Tesseract {
  /** What Debian and Ubuntu install for the default label sets: {@code apt-get install …}. */
  public static final String DEBIAN_PACKAGES = "tesseract-ocr tesseract-ocr-swe tesseract-ocr-eng";

  private static final Map<String, Tesseract> BY_COMMAND = new ConcurrentHashMap<>();

  private final String command;
  private volatile Optional<Set<String>> languages;

  Tesseract(String command) {
    this.command = command;
  }

  /** Stands {@code tesseract} in for its command: for tests, which read pages once and keep what they read. */
  static void register(Tesseract tesseract) {
    BY_COMMAND.put(tesseract.command(), tesseract);
  }

  /** The command {@code command} (a name looked up on the PATH, or a path); one probe per command and JVM. */
  public static Tesseract of(String command) {
    return BY_COMMAND.computeIfAbsent(command, Tesseract::new);
  }

  public String command() {
    return command;
  }

  /** Whether the command runs and has at least one language pack. */
  public boolean available() {
    return languages().map(l -> !l.isEmpty()).orElse(false);
  }

  /** The language packs installed ({@code swe}, {@code eng}, …; {@code osd} left out), empty when the command does not run. */
  public Optional<Set<String>> languages() {
    Optional<Set<String>> l = languages;
    if (l == null) {
      synchronized (this) {
        if (languages == null) languages = probe();
        l = languages;
      }
    }
    return l;
  }

  private Optional<Set<String>> probe() {
    try {
      Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return Optional.empty();
      }
      Set<String> langs = new LinkedHashSet<>();
      for (String line : out.split("\\R")) {
        String s = line.strip();
        // The first line names the folder: List of available languages in "/usr/share/…" (3):
        if (s.isEmpty() || s.contains(" ") || s.equals("osd")) continue;
        langs.add(s);
      }
      return Optional.of(Set.copyOf(langs));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Tesseract's name of the language pack for an ISO 639-1 code ({@code sv} → {@code swe}); null if unknown. */
  public static String packFor(String iso639) {
    if (iso639 == null || iso639.isBlank()) return null;
    String code = iso639.strip().toLowerCase(Locale.ROOT);
    switch (code) {
      case "no", "nb", "nn" -> {
        return "nor";
      }
      case "zh" -> {
        return "chi_sim";
      }
      default -> {
        // fall through to the ISO 639-2 code, which Tesseract's packs are named by
      }
    }
    try {
      String three = Locale.forLanguageTag(code).getISO3Language();
      return three.isEmpty() ? null : three;
    } catch (java.util.MissingResourceException e) {
      return null;
    }
  }

  /** The Debian package that holds a language pack: {@code tesseract-ocr-swe}. */
  public static String debianPackage(String pack) {
    return "tesseract-ocr-" + pack.replace('_', '-').toLowerCase(Locale.ROOT);
  }

  /** Raised when a run fails: the command's exit code and the end of what it wrote to standard error. */
  public static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  /**
   * Reads one page image: its hOCR. {@code image} is grey ({@link BufferedImage#TYPE_BYTE_GRAY}); {@code dpi} its
   * resolution; {@code packs} the language packs, the first the main one.
   */
  public String hocr(BufferedImage image, List<String> packs, int dpi, long timeoutMillis) throws IOException,
      InterruptedException {
    return run(image, List.of("-l", String.join("+", packs), "--dpi", Integer.toString(dpi), "--psm", "3"),
        timeoutMillis);
  }

  /**
   * Reads a small image of one line of figures ({@code 0-9 . : )}), as a heading's number is: its hOCR. Reading a
   * number alone, Tesseract no longer takes it for a letter ({@code 1.} read as {@code a}) by the words around it.
   */
  public String number(BufferedImage image, int dpi, long timeoutMillis) throws IOException, InterruptedException {
    return run(image, List.of("-l", "eng", "--dpi", Integer.toString(dpi), "--psm", "7", "-c",
        "tessedit_char_whitelist=0123456789.:)"), timeoutMillis);
  }

  private String run(BufferedImage image, List<String> options, long timeoutMillis) throws IOException,
      InterruptedException {
    if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) throw new IllegalArgumentException("a grey image is needed");
    List<String> cmd = new ArrayList<>(List.of(command, "stdin", "stdout"));
    cmd.addAll(options);
    cmd.addAll(List.of("-c", "tessedit_create_hocr=1", "-c", "hocr_font_info=0"));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    Process p = pb.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread reader = drain(p.getInputStream(), out, Integer.MAX_VALUE);
    Thread errors = drain(p.getErrorStream(), err, 8192);
    try {
      try (OutputStream in = p.getOutputStream()) {
        writePgm(image, in);
      } catch (IOException e) {
        // the process ended before it read the image: its exit code and message say why
      }
      if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
        throw new Failure("tesseract gave no result within " + timeoutMillis / 1000 + " s");
      }
      reader.join(5_000);
      errors.join(1_000);
      if (p.exitValue() != 0) {
        String message = err.toString(StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        if (message.length() > 300) message = "…" + message.substring(message.length() - 300);
        throw new Failure("tesseract ended with exit code " + p.exitValue() + (message.isEmpty() ? "" : ": " + message));
      }
      synchronized (out) {
        return out.toString(StandardCharsets.UTF_8);
      }
    } finally {
      if (p.isAlive()) p.destroyForcibly();
    }
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream to, int limit) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[1 << 15];
      try (in) {
        for (int n; (n = in.read(buf)) >= 0; ) {
          synchronized (to) {
            if (to.size() < limit) to.write(buf, 0, Math.min(n, limit - to.size()));
          }
        }
      } catch (IOException e) {
        // the process was killed
      }
    }, "tesseract-output");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** A grey image as binary PGM (P5), which Tesseract's image library reads from memory. */
  static void writePgm(BufferedImage gray, OutputStream out) throws IOException {
    int w = gray.getWidth(), h = gray.getHeight();
    out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
    var raster = gray.getRaster();
    if (raster.getDataBuffer() instanceof DataBufferByte db && raster.getNumDataElements() == 1
        && raster.getSampleModel() instanceof java.awt.image.PixelInterleavedSampleModel sm
        && sm.getScanlineStride() == w && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
      out.write(db.getData(), 0, w * h);
    } else {
      byte[] row = new byte[w];
      int[] px = new int[w];
      for (int y = 0; y < h; y++) {
        raster.getSamples(0, y, w, 1, 0, px);
        for (int x = 0; x < w; x++) row[x] = (byte) px[x];
        out.write(row);
      }
    }
    out.flush();
  }
}
