package dev.minutes.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.MinutesParser;
import dev.minutes.fixtures.ContentView;
import dev.minutes.fixtures.PdfRenderer;
import dev.minutes.model.Minutes;
import java.util.List;
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
}
