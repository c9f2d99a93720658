package dev.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.json.MinutesJson;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** {@code inspect} in a headless JVM, and the provenance {@code parse} and {@code dataset} give. */
class InspectCommandTest extends InProcessCommand {
  @Test
  void writesOnePngPerPageAndTheIndexInAHeadlessJvm() throws Exception {
    Path pdf = Fixtures.testdata().resolve("seed-chromium.pdf");
    Path target = dir.resolve("inspect");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "inspect", pdf.toString(), "--out", target.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains("6 page image(s) and index.html"), output);
    List<Path> pngs;
    try (Stream<Path> files = Files.list(target)) {
      pngs = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
    }
    assertEquals(6, pngs.size(), pngs.toString());
    assertEquals("page-001.png", pngs.get(0).getFileName().toString());
    // At 110 dpi a US Letter page is 935 pixels wide; the legend goes below the page.
    BufferedImage first = ImageIO.read(pngs.get(0).toFile());
    assertEquals(935, first.getWidth());
    assertTrue(first.getHeight() > 1210, "page and legend: " + first.getHeight());
    // The first item's heading box is drawn in the heading colour round "1." (x 50.4 pt, y 161.1–173.4 pt).
    int edge = first.getRGB((int) Math.floor(50.43 * 110 / 72) - 1, (int) Math.round(167 * 110 / 72.0)) & 0xffffff;
    assertEquals(0xd62728, edge, Integer.toHexString(edge));

    String html = Files.readString(target.resolve("index.html"));
    assertTrue(html.contains("<img src=\"page-006.png\""), "every page shown");
    assertTrue(html.contains("\"provenance\""), "the JSON with its boxes embedded");
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing fetched from the network");
  }

  @Test
  void drawsTheChosenPagesAtTheChosenResolution() throws Exception {
    Path target = dir.resolve("two");
    assertEquals(0, run("inspect", Fixtures.testdata().resolve("seed-chromium.pdf").toString(), "--out",
        target.toString(), "--pages", "2-3", "--dpi", "72"));
    try (Stream<Path> files = Files.list(target)) {
      assertEquals(List.of("index.html", "page-002.png", "page-003.png"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    assertEquals(612, ImageIO.read(target.resolve("page-002.png").toFile()).getWidth());
  }

  @Test
  void aBadPageListIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("inspect", Fixtures.testdata().resolve("seed-chromium.pdf").toString(),
        "--out", dir.toString(), "--pages", "3-1"));
    assertTrue(err.toString().contains("--pages"), err.toString());
  }

  @Test
  void parseGivesProvenanceOnlyWhenAsked() throws Exception {
    Path pdf = Fixtures.testdata().resolve("english.pdf");
    assertEquals(0, run("parse", pdf.toString(), "--provenance", "--compact"));
    JsonNode json = MinutesJson.mapper().readTree(out.toString());
    JsonNode title = json.at("/provenance/elements/~1meeting~1title");
    assertEquals(1, title.get("page").asInt());
    assertEquals(4, title.get("bbox").size());
    out.getBuffer().setLength(0);
    assertEquals(0, run("parse", pdf.toString(), "--compact"));
    assertFalse(out.toString().contains("provenance"));
  }

  @Test
  void datasetRecordsCarryPageAndBox() throws Exception {
    Path jsonl = dir.resolve("sections.jsonl");
    assertEquals(0, run("dataset", Fixtures.testdata().resolve("seed-chromium.pdf").toString(), "--out", jsonl.toString()));
    JsonNode first = MinutesJson.mapper().readTree(Files.readAllLines(jsonl).get(0));
    assertEquals("Mötet öppnades av Magnus Haglund.", first.get("text").asText());
    assertEquals(1, first.get("page").asInt());
    // The notes paragraph under item 1: one line, below the heading (y 161–173) and its "Anteckningar" label.
    JsonNode box = first.get("bbox");
    assertEquals(50.43, box.get(0).asDouble(), 0.01);
    assertTrue(box.get(1).asDouble() > 185 && box.get(3).asDouble() < 210, box.toString());
  }
}
