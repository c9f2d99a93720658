package dev.minutes.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.fixtures.ContentView;
import dev.minutes.model.Minutes;
import dev.minutes.segment.TextJoin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one place where a PDF is ambiguous about paragraphs: the first line of running text on a page.
 * The space that tells paragraphs apart falls away at a page break, so a line there may begin a
 * paragraph or carry one on. This view joins every paragraph that begins with such a line to the one
 * before it, as a wrapped line is joined ({@link TextJoin#join}: {@code PA-} + {@code systemet}, but
 * {@code samverkans-} + {@code och}), on both sides of a comparison; all other paragraph boundaries, and
 * every hyphen at an ordinary line wrap, still count.
 */
public final class PageBreakParagraphs {
  private PageBreakParagraphs() {}

  public static JsonNode canonical(Minutes m, Set<String> linesAfterBreaks) {
    JsonNode view = ContentView.of(m);
    for (JsonNode item : view.get("items")) canonicalItem((ObjectNode) item, linesAfterBreaks);
    return view;
  }

  private static void canonicalItem(ObjectNode item, Set<String> lines) {
    for (String field : List.of("description", "notes", "decisions")) {
      item.set(field, join((ArrayNode) item.get(field), lines));
    }
    for (JsonNode child : item.get("items")) canonicalItem((ObjectNode) child, lines);
  }

  private static ArrayNode join(ArrayNode paragraphs, Set<String> lines) {
    List<String> out = new ArrayList<>();
    for (JsonNode p : paragraphs) {
      String text = p.asText();
      if (!out.isEmpty() && lines.stream().anyMatch(text::startsWith)) {
        out.set(out.size() - 1, TextJoin.join(out.get(out.size() - 1), text));
      } else {
        out.add(text);
      }
    }
    ArrayNode result = paragraphs.arrayNode();
    out.forEach(result::add);
    return result;
  }
}
