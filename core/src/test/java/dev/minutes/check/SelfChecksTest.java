package dev.minutes.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.MinutesParser;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.model.Minutes;
import dev.minutes.model.Participant;
import dev.minutes.model.Warning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each self-check fires on a case made to trip it, and stays quiet on every fixture the parser reads right. */
class SelfChecksTest {
  private static final List<Participant> PEOPLE = List.of(new Participant("Lisa Andersson Lindberg", "organizer"),
      new Participant("Ulf Månsson", null));

  private static Minutes minutes(List<Participant> people, Item... items) {
    return new Minutes("1", null, new Meeting("Möte", "2018-11-14", null, null, null, people), List.of(items), List.of());
  }

  private static Item item(String number, String title, List<String> notes, List<Action> actions) {
    return new Item(number, number.split("\\.").length, title, List.of(1), List.of(), notes, actions, List.of(), List.of(),
        List.of());
  }

  private static List<String> codes(Minutes m) {
    return SelfChecks.of(m).stream().map(Warning::code).toList();
  }

  @Test
  void anActionTextHoldingADateAndAParticipantIsFlagged() {
    Action glued = new Action("Ring kommunen 12/3/2018 Lisa Andersson Lindberg", null, null, null);
    assertEquals(List.of("check.action-meta-in-text"), codes(minutes(PEOPLE, item("1", "Öppning", List.of(), List.of(glued)))));
    Action fine = new Action("Ring kommunen före 12/3/2018", "2018-12-03", "12/3/2018", "Lisa Andersson Lindberg");
    assertEquals(List.of(), codes(minutes(PEOPLE, item("1", "Öppning", List.of(), List.of(fine)))));
  }

  @Test
  void aParagraphThatLooksLikeTheNextHeadingIsFlagged() {
    Item swallowed = item("6.9", "Ekonomi", List.of("Text.", "6.10. RR - Information om valet"), List.of());
    assertEquals(List.of("check.heading-in-text"), codes(minutes(PEOPLE, swallowed)));
    List<String> points = new ArrayList<>();
    for (int k = 1; k <= 10; k++) points.add(k + ". Punkt " + k);
    Item list = item("8", "Evenemang", points, List.of());
    assertEquals(List.of(), codes(minutes(PEOPLE, list)), "a numbered list is no heading");
    Item clause = item("6", "Beslut", List.of("7. att godkänna"), List.of());
    assertEquals(List.of(), codes(minutes(PEOPLE, clause)), "a clause in lower case is no heading");
  }

  /** An item whose heading prints no number: no number follows it, and a message names it by its title. */
  @Test
  void anItemWithoutANumberIsNamedByItsTitleAndNoHeadingFollowsIt() {
    Item unnumbered = new Item(null, 1, "Governance", List.of(1), List.of(), List.of("2. Budget was discussed."),
        List.of(), List.of(), List.of(), List.of());
    assertEquals(List.of(), codes(minutes(PEOPLE, unnumbered)));
    Action glued = new Action("Ring kommunen 12/3/2018 Lisa Andersson Lindberg", null, null, null);
    Item withAction = new Item(null, 1, "Governance", List.of(1), List.of(), List.of(), List.of(glued), List.of(),
        List.of(), List.of());
    assertEquals("item \"Governance\": an action's text holds a date and a participant's name: " + glued.text(),
        SelfChecks.of(minutes(PEOPLE, withAction)).get(0).message());
  }

  @Test
  void anEmptyTitleIsFlagged() {
    assertEquals(List.of("check.title-empty"), codes(minutes(PEOPLE, item("1", "", List.of(), List.of()))));
  }

  @Test
  void aParticipantThatIsNoNameIsFlagged() {
    List<Participant> odd = List.of(new Participant("Directors, Members and Staff of the society", null));
    assertEquals(List.of("check.participants-unparsed"), codes(minutes(odd, item("1", "Öppning", List.of(), List.of()))));
  }

  /** Quiet on every fixture, zoo fixture and generated document, each of which the parser reads right. */
  @Test
  void quietOnEveryFixture() throws Exception {
    MinutesParser parser = MinutesParser.builder().build();
    List<String> noisy = new ArrayList<>();
    int n = 0;
    try (Stream<Path> files = Files.walk(Fixtures.testdata())) {
      for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
        Path gold = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".gold.json"));
        if (!Files.exists(gold) || dev.minutes.fixtures.Scans.isScanned(pdf)) continue; // scans: read by OCR
        n++;
        for (Warning w : parser.parse(pdf).warnings()) {
          if (SelfChecks.isCheck(w.code())) noisy.add(Fixtures.testdata().relativize(pdf) + ": " + w.code());
        }
      }
    }
    assertEquals(List.of(), noisy);
    org.junit.jupiter.api.Assertions.assertTrue(n >= 80, "fixtures found: " + n);
  }
}
