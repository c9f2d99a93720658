package dev.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.model.Minutes;
import dev.minutes.model.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Provenance on every fixture of every family ({@code testdata/*.pdf}, the family fixtures, the zoo): each element of
 * the result has a page and a box; each box encloses the text it stands for, checked against the glyphs PDFBox's own
 * text stripper reports, within a point; the output with provenance is valid against the schema; and the result
 * without it is the same as before.
 */
class ProvenanceTest {
  private static final MinutesParser PARSER = MinutesParser.builder().provenance(true).build();
  private static final MinutesParser PLAIN = MinutesParser.builder().build();
  /** How far a glyph may stand outside the box that encloses it, in points. */
  private static final double TOLERANCE = 1.0;

  static Stream<Path> fixtures() throws IOException {
    Path testdata = Fixtures.testdata();
    List<Path> pdfs = new ArrayList<>();
    try (Stream<Path> top = Files.list(testdata)) {
      top.filter(p -> p.toString().endsWith(".pdf")).forEach(pdfs::add);
    }
    for (String dir : List.of("families", "zoo")) {
      try (Stream<Path> files = Files.walk(testdata.resolve(dir))) {
        files.filter(p -> p.toString().endsWith(".pdf")).forEach(pdfs::add);
      }
    }
    pdfs.sort(Comparator.naturalOrder());
    assertTrue(pdfs.size() >= 50, "the fixtures of every family, found " + pdfs.size());
    return pdfs.stream().map(testdata::relativize);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyElementHasAPageAndABoxThatEnclosesItsText(Path relative) throws Exception {
    Path pdf = Fixtures.testdata().resolve(relative);
    Minutes m = PARSER.parse(pdf);
    Map<String, String> expected = elements(m);
    Map<String, Provenance.Region> found = m.provenance().elements();
    List<String> missing = expected.keySet().stream().filter(k -> !found.containsKey(k)).toList();
    assertEquals(List.of(), missing, "elements without provenance");
    assertTrue(found.keySet().stream().allMatch(expected::containsKey), "provenance only for elements there are");

    Map<Integer, List<TextPosition>> glyphs = glyphs(pdf);
    List<String> wrong = new ArrayList<>();
    expected.forEach((pointer, text) -> {
      String inside = textInside(found.get(pointer), glyphs);
      if (text == null ? inside.isEmpty() : !inside.contains(fold(text))) {
        wrong.add(pointer + ": " + text + " not inside " + found.get(pointer) + " (" + inside + ")");
      }
    });
    assertEquals(List.of(), wrong, "boxes that do not enclose their text");
    for (Provenance.Region r : found.values()) {
      for (Provenance.Box b : r.boxes()) {
        Provenance.Page page = m.provenance().pages().get(b.page() - 1);
        List<Double> bb = b.bbox();
        assertTrue(bb.get(0) <= bb.get(2) && bb.get(1) <= bb.get(3) && bb.get(0) >= -TOLERANCE
            && bb.get(3) <= page.height() + TOLERANCE, "a box on its page: " + r);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void withProvenanceValidatesAgainstTheSchemaAndWithoutItIsUnchanged(Path relative) throws Exception {
    Path pdf = Fixtures.testdata().resolve(relative);
    Minutes with = PARSER.parse(pdf);
    JsonNode json = MinutesJson.mapper().readTree(MinutesJson.toJson(with, false));
    Set<ValidationMessage> errors = GoldenTest.schema().validate(json);
    assertTrue(errors.isEmpty(), errors.toString());
    Minutes plain = PLAIN.parse(pdf);
    assertNull(plain.provenance());
    assertEquals(MinutesJson.toJson(plain, true), MinutesJson.toJson(with.withProvenance(null), true));
  }

  @Test
  void theFixturesCoverEveryFamily() throws Exception {
    Set<String> read = new java.util.TreeSet<>();
    for (Path relative : fixtures().toList()) {
      read.add(PLAIN.parse(Fixtures.testdata().resolve(relative)).source().format().profile());
    }
    Set<String> known = new java.util.TreeSet<>();
    for (var p : MinutesParser.defaultProfiles()) known.add(p.name());
    assertEquals(known, read);
  }

  @Test
  void aValueIsNarrowedToTheWordsThatWriteIt() throws Exception {
    Minutes m = PARSER.parse(Fixtures.testdata().resolve("seed-chromium.pdf"));
    Map<String, Provenance.Region> e = m.provenance().elements();
    // "2018-11-14 13:15 - 16:15": the date, the start and the end each have their own word.
    List<Double> date = e.get("/meeting/date").bbox(), start = e.get("/meeting/startTime").bbox(),
        end = e.get("/meeting/endTime").bbox();
    assertEquals(date.get(1), start.get(1));
    assertTrue(date.get(2) < start.get(0) && start.get(2) < end.get(0), date + " " + start + " " + end);
    // An item's number stands left of its title on the heading's line.
    List<Double> number = e.get("/items/0/number").bbox(), title = e.get("/items/0/title").bbox();
    assertTrue(number.get(2) < title.get(0) && number.get(1).equals(title.get(1)), number + " " + title);
  }

  @Test
  void furnitureIsSetAsideWithItsKind() throws Exception {
    Minutes m = PARSER.parse(Fixtures.testdata().resolve("seed-chromium.pdf"));
    List<Provenance.Furniture> furniture = m.provenance().furniture();
    assertEquals(2 * m.source().pages(), furniture.size(), furniture.toString());
    assertTrue(furniture.stream().allMatch(f -> f.kind().equals(Provenance.PRINT_STAMP)), furniture.toString());
    assertEquals(1, furniture.get(0).page());
    assertTrue(furniture.get(0).bbox().get(1) < 30 && furniture.get(1).bbox().get(1) > 760, furniture.toString());
  }

  /**
   * Each element of the result that must have provenance, by JSON pointer, with the text its box must enclose (null
   * where the value is not the text as written: dates and times).
   */
  static Map<String, String> elements(Minutes m) {
    Map<String, String> out = new LinkedHashMap<>();
    Meeting meeting = m.meeting();
    text(out, "/meeting/title", meeting.title());
    text(out, "/meeting/body", meeting.body());
    if (meeting.date() != null) out.put("/meeting/date", null);
    if (meeting.startTime() != null) out.put("/meeting/startTime", null);
    if (meeting.endTime() != null) out.put("/meeting/endTime", null);
    text(out, "/meeting/location", meeting.location());
    if (!meeting.participants().isEmpty()) out.put("/meeting/participants", null);
    for (int i = 0; i < meeting.participants().size(); i++) {
      out.put("/meeting/participants/" + i, meeting.participants().get(i).name());
    }
    for (int i = 0; i < m.items().size(); i++) item(out, m.items().get(i), "/items/" + i);
    return out;
  }

  private static void item(Map<String, String> out, Item item, String at) {
    text(out, at + "/number", item.number()); // an item whose heading prints no number has none
    out.put(at + "/title", item.title());
    text(out, at + "/caseNumber", item.caseNumber());
    paragraphs(out, at + "/description", item.description());
    paragraphs(out, at + "/notes", item.notes());
    paragraphs(out, at + "/proposal", item.proposal());
    for (int k = 0; k < item.actions().size(); k++) {
      Action a = item.actions().get(k);
      String p = at + "/actions/" + k;
      out.put(p, null);
      out.put(p + "/text", a.text());
      if (a.due() != null || a.dueRaw() != null) out.put(p + "/due", a.dueRaw());
      text(out, p + "/responsible", a.responsible());
    }
    paragraphs(out, at + "/decisions", item.decisions());
    for (int k = 0; k < item.attachments().size(); k++) {
      out.put(at + "/attachments/" + k, item.attachments().get(k).name());
    }
    for (int k = 0; k < item.items().size(); k++) item(out, item.items().get(k), at + "/items/" + k);
  }

  private static void paragraphs(Map<String, String> out, String at, List<String> paragraphs) {
    for (int k = 0; k < paragraphs.size(); k++) out.put(at + "/" + k, paragraphs.get(k));
  }

  private static void text(Map<String, String> out, String pointer, String value) {
    if (value != null) out.put(pointer, value);
  }

  /** The glyphs of each page as PDFBox's text stripper keeps them (glyphs drawn twice once), by page number. */
  static Map<Integer, List<TextPosition>> glyphs(Path pdf) throws IOException {
    Map<Integer, List<TextPosition>> out = new LinkedHashMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writePage() {
          List<TextPosition> page = new ArrayList<>();
          for (List<TextPosition> article : getCharactersByArticle()) page.addAll(article);
          out.put(getCurrentPageNo(), page);
        }
      };
      stripper.getText(doc);
    }
    return out;
  }

  /**
   * The letters and digits of the glyphs that the region's boxes enclose (within {@link #TOLERANCE}), box by box,
   * line by line from the top, left to right. A glyph's box: from its baseline up by its height, across its width.
   */
  static String textInside(Provenance.Region region, Map<Integer, List<TextPosition>> glyphs) {
    StringBuilder out = new StringBuilder();
    for (Provenance.Box box : region.boxes()) {
      List<Double> b = box.bbox();
      List<TextPosition> inside = new ArrayList<>();
      for (TextPosition g : glyphs.getOrDefault(box.page(), List.of())) {
        double x0 = g.getXDirAdj(), x1 = x0 + g.getWidthDirAdj(), y1 = g.getYDirAdj(), y0 = y1 - g.getHeightDir();
        if (x0 >= b.get(0) - TOLERANCE && x1 <= b.get(2) + TOLERANCE && y0 >= b.get(1) - TOLERANCE
            && y1 <= b.get(3) + TOLERANCE) {
          inside.add(g);
        }
      }
      inside.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
      List<List<TextPosition>> lines = new ArrayList<>();
      for (TextPosition g : inside) {
        List<TextPosition> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        if (last == null || g.getYDirAdj() - last.get(0).getYDirAdj() > 2) lines.add(last = new ArrayList<>());
        last.add(g);
      }
      for (List<TextPosition> line : lines) {
        line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        for (TextPosition g : line) out.append(fold(g.getUnicode()));
      }
    }
    return out.toString();
  }

  /** Letters and digits, compatibility forms decomposed (ligatures), lower case. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder();
    Normalizer.normalize(s, Normalizer.Form.NFKC).codePoints().filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase).forEach(b::appendCodePoint);
    return b.toString();
  }
}
