package dev.minutes.inspect;

import dev.minutes.json.MinutesJson;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What the parser saw, for a reader's eye: for a PDF and its result with provenance, one PNG per page with the
 * elements boxed ({@code page-001.png} …, see {@link PageImages}) and {@code index.html}, the pages beside the JSON
 * tree, where choosing a node shows its box ({@link IndexPage}). Needs no display (a headless JVM will do).
 */
public final class Inspection {
  private Inspection() {}

  /**
   * Writes the pages in {@code pages} (numbers from 1; empty: every page) at {@code dpi} and the index into
   * {@code dir}, created if need be; returns the images written, in page order.
   */
  public static List<Path> write(byte[] pdf, Minutes minutes, Path dir, Set<Integer> pages, float dpi)
      throws IOException {
    if (minutes.provenance() == null) throw new IllegalArgumentException("the result carries no provenance");
    Files.createDirectories(dir);
    Map<String, String> labels = labels(minutes);
    Map<Integer, String> images = new LinkedHashMap<>();
    List<Path> written = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Set<Integer> chosen = new TreeSet<>();
      for (int p = 1; p <= document.getNumberOfPages(); p++) if (pages.isEmpty() || pages.contains(p)) chosen.add(p);
      for (int p : chosen) {
        String name = String.format("page-%03d.png", p);
        Path file = dir.resolve(name);
        ImageIO.write(PageImages.draw(document, p, dpi, minutes.provenance(), labels), "png", file.toFile());
        images.put(p, name);
        written.add(file);
      }
    }
    String html = IndexPage.html(MinutesJson.toJson(minutes, false), images, dpi);
    Files.writeString(dir.resolve("index.html"), html, StandardCharsets.UTF_8);
    return written;
  }

  /** The labels drawn on boxes: an item's heading by its number (its title where it has none), a field by its name. */
  static Map<String, String> labels(Minutes m) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String f : List.of("title", "body", "date", "startTime", "endTime", "location", "participants")) {
      out.put("/meeting/" + f, f);
    }
    for (int i = 0; i < m.items().size(); i++) labels(m.items().get(i), "/items/" + i, out);
    return out;
  }

  private static void labels(Item item, String at, Map<String, String> out) {
    out.put(at + "/title", item.label());
    for (int k = 0; k < item.decisions().size(); k++) out.put(at + "/decisions/" + k, "decision");
    for (int k = 0; k < item.actions().size(); k++) out.put(at + "/actions/" + k, "action");
    for (int k = 0; k < item.items().size(); k++) labels(item.items().get(k), at + "/items/" + k, out);
  }
}
