package dev.minutes.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.MinutesParser;
import dev.minutes.fixtures.ContentView;
import dev.minutes.fixtures.PdfRenderer;
import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.model.Minutes;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.LongRange;

/**
 * Generated minutes, drawn in generated styles, parse back to the model they were drawn from. A
 * failure names the seed and the style; {@code GenerateAndCheck} replays a seed or runs a larger batch.
 */
class GeneratedMinutesProperties {
  private static final MinutesParser PARSER = MinutesParser.builder().build();

  @Property(tries = 500, seed = "20181114", shrinking = ShrinkingMode.OFF)
  void parsesBackToTheModel(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) throws Exception {
    List<String> diff = check(seed);
    assertEquals(List.of(), diff, "seed " + seed + ", style " + MinutesGenerator.generate(seed).styleName());
  }

  /**
   * The differences between a generated document's model and what the parser reads from its PDF.
   * Where a page break falls at a paragraph's end or inside it, the PDF itself does not say which, so
   * there either reading is right (see {@link PageBreakParagraphs}); everywhere else the reading must
   * be exact.
   */
  static List<String> check(long seed) throws Exception {
    MinutesGenerator.Case c = MinutesGenerator.generate(seed);
    PdfRenderer.Rendered rendered = PdfRenderer.renderWithBreaks(c.truth(), c.style());
    Minutes parsed = PARSER.parse(rendered.pdf(), "generated-" + seed + ".pdf");
    return ContentView.differences(PageBreakParagraphs.canonical(c.truth(), rendered.linesAfterBreaks()),
        PageBreakParagraphs.canonical(parsed, rendered.linesAfterBreaks()));
  }

  /**
   * The property above meets hyphens at ordinary line wraps (no page break involved), where no reading is
   * forgiven: the 500 documents it checks have such wraps, and a paragraph the parser joined wrongly there
   * would differ from its model.
   */
  @Example
  void theCheckedDocumentsHaveHyphensAtOrdinaryLineWraps() {
    Random seeds = new Random(20181114L);
    int wraps = 0;
    for (int i = 0; i < 100; i++) {
      MinutesGenerator.Case c = MinutesGenerator.generate(seeds.nextLong() & (Long.MAX_VALUE / 2));
      wraps += PdfRenderer.renderWithBreaks(c.truth(), c.style()).hyphenWraps();
    }
    System.out.println("hyphens at ordinary line wraps in 100 generated documents: " + wraps);
    assertTrue(wraps >= 10, "hyphens at ordinary line wraps in 100 generated documents: " + wraps);
  }

  @Example
  void onlyAPageBreakJoinForgivesTheSpaceAfterAHyphen() {
    Minutes joined = model("Det gemensamma PA-systemet och samverkans- och samarbetsområden.");
    Minutes wrong = model("Det gemensamma PA- systemet och samverkans-och samarbetsområden.");
    assertFalse(ContentView.differences(PageBreakParagraphs.canonical(joined, Set.of()),
        PageBreakParagraphs.canonical(wrong, Set.of())).isEmpty());
    // Split at a page break after "PA-" and after "samverkans-": joined again as a wrapped line is.
    Minutes split = model("Det gemensamma PA-", "systemet och samverkans-", "och samarbetsområden.");
    assertEquals(List.of(), ContentView.differences(PageBreakParagraphs.canonical(joined, Set.of()),
        PageBreakParagraphs.canonical(split, Set.of("systemet och samverkans-", "och samarbetsområden."))));
  }

  private static Minutes model(String... notes) {
    Item item = new Item("1", 1, "Budget", List.of(1), List.of(), List.of(notes), List.of(), List.of(), List.of(),
        List.of());
    return new Minutes(Minutes.SCHEMA_VERSION, null, new Meeting("Möte", null, null, null, null, List.of()), List.of(item),
        List.of());
  }
}
