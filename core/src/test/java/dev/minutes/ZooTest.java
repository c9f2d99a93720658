package dev.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.minutes.extract.TextLine;
import dev.minutes.fixtures.ContentView;
import dev.minutes.fixtures.ExportText;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.fixtures.zoo.Zoo;
import dev.minutes.fixtures.zoo.ZooTruth;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The zoo ({@link Zoo}): fixtures drawn from the content models by other producers. Each PDF parses to
 * its expected JSON, compared whole; each reads back its content model (page-break paragraphs aside, as
 * {@code GeneratedMinutesProperties} allows); the fixtures of one content model read the same whatever
 * drew them; and the manifest's claims hold in the PDFs.
 *
 * <p>The parser does not yet read every fixture right. {@link #KNOWN_PARSER_GAPS} names those that do
 * not read back their content model, and {@link #KNOWN_DISAGREEMENTS} the content models whose fixtures
 * read differently: a listed case must still fail (take it off the list when it passes), an unlisted one
 * must pass.
 */
public class ZooTest {
  private static final MinutesParser PARSER = MinutesParser.builder().build();

  /** Fixtures that do not read back their content model yet; their expected JSON is the content model's. */
  public static final Set<String> KNOWN_PARSER_GAPS = Set.of();

  /** Content models whose fixtures the parser does not read alike yet. */
  static final Set<String> KNOWN_DISAGREEMENTS = Set.of();

  private static final Map<String, Read> READS = new ConcurrentHashMap<>();

  /** A fixture as the parser reads it, with the first lines of its pages. */
  record Read(Minutes parsed, Set<String> linesAfterBreaks) {}

  static Read read(Zoo.Entry e) {
    return READS.computeIfAbsent(e.name(), n -> {
      try {
        byte[] pdf = Files.readAllBytes(e.pdf());
        return new Read(PARSER.parse(pdf, e.pdf().getFileName().toString()), ZooTruth.linesAfterBreaks(pdf));
      } catch (IOException | MinutesException x) {
        throw new IllegalStateException(e + ": " + x.getMessage(), x);
      }
    });
  }

  static List<Zoo.Entry> entries() throws IOException {
    return Zoo.entries();
  }

  static Stream<String> contents() throws IOException {
    return Zoo.entries().stream().map(Zoo.Entry::content).distinct().sorted();
  }

  /** A known gap must still show differences, anything else none. */
  private static void expectDifferences(String name, Set<String> gaps, List<String> differences, String check) {
    if (gaps.contains(name)) {
      assertFalse(differences.isEmpty(), name + ": " + check + " passes now; take it off the list of known gaps");
    } else {
      assertEquals(List.of(), differences, name + ": " + check);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void parsesToItsExpectedJson(Zoo.Entry e) throws Exception {
    String expected = Files.readString(e.gold()).strip();
    String actual = MinutesJson.toJson(read(e).parsed(), true);
    if (KNOWN_PARSER_GAPS.contains(e.name())) {
      assertNotEquals(expected, actual, e + " now parses to its expected JSON: take it off KNOWN_PARSER_GAPS");
    } else {
      assertEquals(expected, actual, "parse(" + e + ") differs from " + e.gold().getFileName());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void readsBackItsContentModel(Zoo.Entry e) throws Exception {
    Read r = read(e);
    List<String> diff = ZooTruth.differences(Zoo.truth(e), r.parsed(), r.linesAfterBreaks());
    expectDifferences(e.name(), KNOWN_PARSER_GAPS, diff, "what the parser reads against the content model");
    assertFalse(r.parsed().items().isEmpty());
  }

  /**
   * The same content model through every producer and design reads the same, but for the organizer's marker as
   * written, which is the label set's ({@code Organizer} or {@code Organisatör}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("contents")
  void everyProducerReadsTheSame(String content) throws Exception {
    List<Zoo.Entry> group = Zoo.entries().stream().filter(e -> e.content().equals(content)).toList();
    assertTrue(group.size() >= 2, content + " is drawn by one producer only");
    Set<String> breaks = new HashSet<>();
    group.forEach(e -> breaks.addAll(read(e).linesAfterBreaks()));
    Zoo.Entry first = group.get(0);
    JsonNode reference = withoutMarkers(ZooTruth.view(read(first).parsed(), breaks));
    List<String> diff = new ArrayList<>();
    for (Zoo.Entry e : group.subList(1, group.size())) {
      ContentView.differences(reference, withoutMarkers(ZooTruth.view(read(e).parsed(), breaks)))
          .forEach(d -> diff.add(first + " vs " + e + ": " + d));
    }
    expectDifferences(content, KNOWN_DISAGREEMENTS, diff, "what the parser reads from each producer's PDF");
  }

  private static JsonNode withoutMarkers(JsonNode view) {
    for (JsonNode p : view.path("meeting").path("participants")) ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("roleText");
    return view;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void expectedJsonIsValidAgainstTheSchema(Zoo.Entry e) throws Exception {
    assertEquals(Set.of(), GoldenTest.schema().validate(MinutesJson.mapper().readTree(e.gold().toFile())));
  }

  @Test
  void theManifestNamesEveryPdfOfTheZooAndNoOther() throws Exception {
    Set<Path> listed = Zoo.entries().stream().map(Zoo.Entry::pdf).collect(Collectors.toCollection(TreeSet::new));
    Set<Path> found;
    try (Stream<Path> files = Files.walk(Zoo.dir())) {
      found = files.filter(p -> p.toString().endsWith(".pdf")).collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(listed, found);
    assertTrue(listed.size() >= 30, "at least 30 fixtures in the zoo, found " + listed.size());
    assertEquals(listed.size(), Zoo.entries().stream().map(Zoo.Entry::name).distinct().count(), "names are unique");
    for (Zoo.Entry e : Zoo.entries()) assertTrue(Files.exists(e.gold()), e + " has no expected JSON");
    Set<String> names = Zoo.entries().stream().map(Zoo.Entry::name).collect(Collectors.toSet());
    assertTrue(names.containsAll(KNOWN_PARSER_GAPS), "KNOWN_PARSER_GAPS names fixtures the manifest has not");
  }

  @Test
  void everyFailureClassIsExercisedByAtLeastTwoProducers() throws Exception {
    Map<String, Set<String>> producers = new TreeMap<>();
    for (Zoo.Entry e : Zoo.entries()) {
      for (String c : e.classes()) producers.computeIfAbsent(c, k -> new TreeSet<>()).add(e.producer());
    }
    for (String c : Zoo.CLASSES) {
      assertTrue(producers.getOrDefault(c, Set.of()).size() >= 2, c + " is exercised by " + producers.get(c));
    }
  }

  /** What the manifest says a fixture exercises shows in the PDF's lines. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void theClassesTheManifestClaimsShowInThePdf(Zoo.Entry e) throws Exception {
    Minutes truth = Fixtures.content(e.content());
    List<TextLine> lines = ZooTruth.contentLines(Files.readAllBytes(e.pdf()));
    for (String c : e.classes()) {
      boolean shows = switch (c) {
        case "action-cells" -> actionCells(lines);
        case "number-against-title" -> numberAgainstTitle(lines, truth);
        case "attachment-markers" -> attachmentMarkers(lines, truth);
        case "mixed-organizer" -> e.labelSet().language().equals("en")
            && lines.stream().anyMatch(l -> l.text().contains("(Organisatör)"))
            && lines.stream().anyMatch(l -> l.text().strip().equals("Participants"));
        case "notes-subheadings" -> notesSubheadings(lines, truth);
        default -> throw new IllegalStateException(c);
      };
      assertTrue(shows, e + " does not show " + c);
    }
  }

  private static final String DATE = "\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}";

  /** A line that starts with a due date and has its next word a wide gap away, right below the line before. */
  private static boolean actionCells(List<TextLine> lines) {
    for (int i = 1; i < lines.size(); i++) {
      TextLine l = lines.get(i), above = lines.get(i - 1);
      if (l.words().size() > 1 && l.words().get(0).text().matches(DATE) && l.gapBefore(1) > 2 * l.fontSize()
          && l.page() == above.page() && l.y() - above.y() < 1.5f * l.fontSize() && !above.text().matches(".*(" + DATE + ").*")) {
        return true;
      }
    }
    return false;
  }

  /** A heading of the model whose number meets its title's first letter. */
  private static boolean numberAgainstTitle(List<TextLine> lines, Minutes truth) {
    Set<String> glued = truth.allItems().stream().map(i -> i.number() + "." + i.title().split(" ")[0])
        .collect(Collectors.toSet());
    return lines.stream().anyMatch(l -> glued.contains(l.words().get(0).text()) && l.words().get(0).text().matches("\\d+(\\.\\d+)*\\.\\d{2}\\..*"));
  }

  private static final Pattern MARKED = Pattern.compile("(?:[•–\\-▪◦○]|\\d+\\)) ?(.+)");

  /** An attachment of the model on a line of its own after a list marker. */
  private static boolean attachmentMarkers(List<TextLine> lines, Minutes truth) {
    Set<String> names = truth.allItems().stream().flatMap(i -> i.attachments().stream()).map(a -> a.name())
        .collect(Collectors.toSet());
    return lines.stream().map(l -> MARKED.matcher(l.text().strip()))
        .anyMatch(m -> m.matches() && names.contains(m.group(1).strip()));
  }

  /** A sub-heading of the model's notes on a line of its own, the next paragraph's first line right below it. */
  private static boolean notesSubheadings(List<TextLine> lines, Minutes truth) {
    for (Item item : truth.allItems()) {
      List<String> notes = item.notes();
      for (int k = 0; k < notes.size(); k++) {
        if (!ExportText.isSubheading(notes, k) || ExportText.listItem(notes.get(k + 1)) != null) continue;
        for (int i = 0; i + 1 < lines.size(); i++) {
          TextLine l = lines.get(i), next = lines.get(i + 1);
          if (l.text().strip().equals(notes.get(k)) && next.page() == l.page()
              && next.y() - l.y() < 1.5f * next.fontSize() && notes.get(k + 1).startsWith(next.text().strip())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
