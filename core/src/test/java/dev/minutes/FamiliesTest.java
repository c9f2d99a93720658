package dev.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.minutes.extract.PageText;
import dev.minutes.extract.PdfTextExtractor;
import dev.minutes.extract.TextLine;
import dev.minutes.fixtures.ContentView;
import dev.minutes.fixtures.families.Families;
import dev.minutes.fixtures.families.FamilyTruth;
import dev.minutes.json.MinutesJson;
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
 * The family fixtures ({@link Families}): PDFs in the layouts of the document families, drawn from content models
 * written for them by Chromium and LibreOffice Writer (and, for two, by our own PDFBox drawer). Each PDF parses to its expected JSON, compared whole; each
 * reads back its content model (page-break paragraphs aside, as the zoo allows) and is read as its family's profile;
 * the fixtures of one content model read the same whatever drew them; every expected JSON is valid against the
 * schema; and what each design prints shows in its PDFs.
 *
 * <p>The parser does not yet read every fixture right. {@link #KNOWN_PARSER_GAPS} names those that do not read back
 * their content model (their expected JSON is the content model's), and {@code testdata/families/differences.tsv}
 * the JSON paths where each differs, which must stay exactly those; {@link #KNOWN_WRONG_PROFILES} names those read as
 * another family, {@link #KNOWN_DISAGREEMENTS} the content models whose fixtures read differently. A listed case
 * must still fail (take it off the list when it passes), an unlisted one must pass. {@code testdata/families/GAPS.md}
 * says what goes wrong in each and why.
 */
public class FamiliesTest {
  private static final MinutesParser PARSER = MinutesParser.builder().build();

  /** Fixtures that do not read back their content model yet; their expected JSON is the content model's. */
  public static final Set<String> KNOWN_PARSER_GAPS = Set.of();

  /** Fixtures read as another family's profile: the families the parser has no profile for yet. */
  static final Set<String> KNOWN_WRONG_PROFILES = Set.of();

  /** Content models whose fixtures the parser does not read alike yet. */
  static final Set<String> KNOWN_DISAGREEMENTS = Set.of();

  private static final Map<String, Read> READS = new ConcurrentHashMap<>();

  /** A fixture as the parser reads it, with the first lines of its pages. */
  record Read(Minutes parsed, Set<String> linesAfterBreaks) {}

  static Read read(Families.Entry e) {
    return READS.computeIfAbsent(e.name(), n -> {
      try {
        byte[] pdf = Files.readAllBytes(e.pdf());
        return new Read(PARSER.parse(pdf, e.pdf().getFileName().toString()), FamilyTruth.linesAfterBreaks(pdf));
      } catch (IOException | MinutesException x) {
        throw new IllegalStateException(e + ": " + x.getMessage(), x);
      }
    });
  }

  static List<Families.Entry> entries() throws IOException {
    return Families.entries();
  }

  static Stream<String> contents() throws IOException {
    return Families.entries().stream().map(Families.Entry::content).distinct().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void parsesToItsExpectedJson(Families.Entry e) throws Exception {
    String expected = Files.readString(e.gold()).strip();
    String actual = MinutesJson.toJson(read(e).parsed(), true);
    if (KNOWN_PARSER_GAPS.contains(e.name())) {
      assertNotEquals(expected, actual, e + " now parses to its expected JSON: take it off KNOWN_PARSER_GAPS");
    } else {
      assertEquals(expected, actual, "parse(" + e + ") differs from " + e.gold().getFileName());
    }
  }

  /**
   * What the parser reads equals the content model, page-break paragraphs aside; a known gap differs exactly where
   * {@code differences.tsv} says, so that a gap that closes, widens or moves is seen.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void readsBackItsContentModel(Families.Entry e) throws Exception {
    Read r = read(e);
    List<String> diff = FamilyTruth.differences(Families.truth(e), r.parsed(), r.linesAfterBreaks());
    List<String> recorded = Families.differences().getOrDefault(e.name(), List.of());
    if (KNOWN_PARSER_GAPS.contains(e.name())) {
      assertFalse(diff.isEmpty(), e + " reads back its content model now; take it off KNOWN_PARSER_GAPS");
      assertEquals(recorded, FamilyTruth.paths(diff), e + ": the differences from the content model are not the "
          + "recorded ones (differences.tsv); the differences now:\n" + String.join("\n", diff));
    } else {
      assertEquals(List.of(), diff, e + ": what the parser reads against the content model");
      assertEquals(List.of(), recorded, e + " reads back its content model but differences.tsv lists differences");
    }
    assertFalse(r.parsed().items().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void isReadAsItsFamily(Families.Entry e) {
    String profile = read(e).parsed().source().format().profile();
    if (KNOWN_WRONG_PROFILES.contains(e.name())) {
      assertNotEquals(e.family(), profile, e + " is read as its family now; take it off KNOWN_WRONG_PROFILES");
    } else {
      assertEquals(e.family(), profile, e + ": the profile chosen");
    }
  }

  /** The same content model through both producers and every design reads the same. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("contents")
  void everyProducerReadsTheSame(String content) throws Exception {
    List<Families.Entry> group = Families.entries().stream().filter(e -> e.content().equals(content)).toList();
    assertTrue(group.size() >= 2, content + " is drawn once only");
    assertTrue(group.stream().map(Families.Entry::producer).distinct().count() >= 2, content + " is drawn by one producer only");
    Set<String> breaks = new HashSet<>();
    group.forEach(e -> breaks.addAll(read(e).linesAfterBreaks()));
    Families.Entry first = group.get(0);
    JsonNode reference = FamilyTruth.view(read(first).parsed(), breaks);
    List<String> diff = new ArrayList<>();
    for (Families.Entry e : group.subList(1, group.size())) {
      ContentView.differences(reference, FamilyTruth.view(read(e).parsed(), breaks))
          .forEach(d -> diff.add(first + " vs " + e + ": " + d));
    }
    if (KNOWN_DISAGREEMENTS.contains(content)) {
      assertFalse(diff.isEmpty(), content + ": its fixtures read alike now; take it off KNOWN_DISAGREEMENTS");
    } else {
      assertEquals(List.of(), diff, content + ": what the parser reads from each producer's PDF");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void expectedJsonIsValidAgainstTheSchema(Families.Entry e) throws Exception {
    assertEquals(Set.of(), GoldenTest.schema().validate(MinutesJson.mapper().readTree(e.gold().toFile())));
  }

  /** An expected JSON that is the content model's names the family's profile. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void expectedJsonOfAGapIsTheContentModel(Families.Entry e) throws Exception {
    Minutes gold = MinutesJson.read(Files.readString(e.gold()));
    if (!KNOWN_PARSER_GAPS.contains(e.name())) return;
    assertEquals(e.family(), gold.source().format().profile());
    assertEquals(List.of(), ContentView.differences(ContentView.of(Families.truth(e)), ContentView.of(gold)));
  }

  @Test
  void theManifestNamesEveryPdfAndEachFamilyHasTwoProducers() throws Exception {
    Set<Path> listed = Families.entries().stream().map(Families.Entry::pdf).collect(Collectors.toCollection(TreeSet::new));
    Set<Path> found;
    try (Stream<Path> files = Files.walk(Families.dir())) {
      found = files.filter(p -> p.toString().endsWith(".pdf")).collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(listed, found);
    assertEquals(listed.size(), Families.entries().stream().map(Families.Entry::name).distinct().count(), "names are unique");
    for (Families.Entry e : Families.entries()) assertTrue(Files.exists(e.gold()), e + " has no expected JSON");
    Map<String, Set<String>> producers = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Families.Entry e : Families.entries()) {
      producers.computeIfAbsent(e.family(), k -> new TreeSet<>()).add(e.producer());
      counts.merge(e.family(), 1, Integer::sum);
    }
    for (String family : Families.FAMILIES) {
      assertTrue(producers.get(family).containsAll(Set.of("chromium", "libreoffice")), family + ": its producers");
      assertTrue(counts.get(family) >= 2, family + " has fewer than two fixtures");
    }
    Set<String> names = Families.entries().stream().map(Families.Entry::name).collect(Collectors.toSet());
    assertTrue(names.containsAll(KNOWN_PARSER_GAPS), "KNOWN_PARSER_GAPS names fixtures the manifest has not");
    assertTrue(names.containsAll(KNOWN_WRONG_PROFILES), "KNOWN_WRONG_PROFILES names fixtures the manifest has not");
    assertTrue(names.containsAll(Families.differences().keySet()), "differences.tsv names fixtures the manifest has not");
  }

  /**
   * What each design prints, as lines of the PDF (running headers and footers included, white space collapsed):
   * the layout features a regenerated fixture must keep.
   */
  static final Map<String, List<String>> FEATURES = Map.ofEntries(
      Map.entry("paragraph-protocol/fi", List.of("Protokoll 1\\d § 28\\.03\\.2023 Sida", "Bildningsnämnden \\d+",
          "\\[X\\] .+ \\[ \\] .+", "ordinarie ersättare", "1\\d § .+\\.{10,} ?\\d+", "STRV/\\d+/[\\d.]+/2023",
          "1\\d § \\S.*", "Tidigare behandling:", "Bildningsnämnden 14\\.2\\.2023, 6 §", "Beredning: .+",
          "Bilaga: .+", "Bildningsdirektör Jonas Bergs förslag:", "Bildningsnämndens beslut:", "_____",
          "Bilaga Bildningsnämnden 28\\.3\\.2023 § 16 Sida", "Anvisning för begäran om omprövning och besvär")),
      Map.entry("paragraph-protocol/sv", List.of("NORRVIK KOMMUN SAMMANTRÄDESPROTOKOLL Sida \\d\\(\\d\\)",
          "Kommunstyrelsen Sammanträdesdatum 2023-03-28", "Justerandes sign Utdragsbestyrkande", "§ 4\\d \\S.*",
          "Dnr KS 20\\d\\d/\\d+", "Ärendebeskrivning", "Beslutsunderlag", "Kommunstyrelsens beslut",
          "Beslutet skickas till", "ANSLAG/BEVIS", "Plats och tid Kommunhuset, Storsalen, kl\\. 13:00–16:30")),
      Map.entry("association/paragraph-sign", List.of("§1 Mötets öppnande", "§6\\.1 Bryggor", "Närvarande: .+", "Frånvarande: .+",
          "a\\. .+", "Sida \\d av \\d", "Vid protokollet")),
      Map.entry("association/dotted", List.of("1\\. Mötets öppnande", "6\\.1 Bryggor", "Kallade:", "Närvarande:", "a\\. .+")),
      Map.entry("association/parenthesis", List.of("1\\) Mötets öppnande", "6\\.1 Bryggor", "Frånvarande:", "Karin Ek, ordförande")),
      Map.entry("board-minutes/column", List.of("Action", ".+ [A-Z]{2,3}", "\\d\\.\\d .+")),
      Map.entry("board-minutes/lines", List.of("ACTION: [A-Z]{2,3}", "\\d\\.\\d .+")),
      Map.entry("table-protocol/rows", List.of("Punkt Vad Ansvar", "\\d Mötets öppnande", ".+ [A-Z]{2}")),
      Map.entry("german-protocol/gemeinderat", List.of("Protokoll der Sitzung des Gemeinderates vom 16\\. August( 2023)?",
          "TOP \\d \\S.*", "TOP 5\\.1 .+", "Anwesend: .+", "Entschuldigt: .+", "Beschluss:", "Antrag:",
          "Beschlussvorschlag:", "Abstimmungsergebnis: .+", "(.+ )?Seite \\d von \\d")),
      Map.entry("general/da-board", List.of("Andelsboligforeningen Kildehøj Side \\d af \\d",
          "Referat af bestyrelsesmøde", "Dato: .+", "Til stede: .+", "Afbud: .+", "Ansvar", "\\d\\. \\S.*",
          "\\d\\.\\d \\S.*", "Beslutning: .+", ".+ [A-Z]{2}", "Underskrifter")),
      Map.entry("general/no-board", List.of("Referat fra styremøte i .+", "Dato: .+", "Tid: kl\\. .+", "Til stede: .+",
          "Forfall: .+", "Vedtak: .+", "Ny kunstgressbane", "Eventuelt")));

  /** Board minutes: the header as a ruled table or as labelled lines, by content model. */
  static final Map<String, List<String>> CONTENT_FEATURES = Map.of(
      "millbrook", List.of("Title of Meeting .+", "Attendees .+", "Invited .+"),
      "ashcombe", List.of("Present: .+", "Apologies: .+", "In attendance: .+"));

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void theDesignsFeaturesShowInThePdf(Families.Entry e) throws Exception {
    List<String> wanted = new ArrayList<>(FEATURES.getOrDefault(e.family() + "/" + e.design(), List.of()));
    wanted.addAll(CONTENT_FEATURES.getOrDefault(e.content(), List.of()));
    assertFalse(wanted.isEmpty(), e + ": no features listed for its design");
    List<String> lines = new ArrayList<>();
    for (PageText page : new PdfTextExtractor(true).extract(Files.readAllBytes(e.pdf()), "f.pdf").pages()) {
      for (TextLine l : page.lines()) lines.add(l.text().strip().replaceAll("\\s+", " "));
    }
    for (String w : wanted) {
      Pattern p = Pattern.compile(w);
      assertTrue(lines.stream().anyMatch(l -> p.matcher(l).matches()), e + " has no line " + w);
    }
  }
}
