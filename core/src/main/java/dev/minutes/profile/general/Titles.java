package dev.minutes.profile.general;

import dev.minutes.learn.Lines;
import dev.minutes.segment.HeadingToken;
import dev.minutes.segment.TextJoin;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An item's title: what follows its identifier on the heading line, and the lines the title wraps onto (those the
 * heading model says carry the title on). Where the identifier stands alone, or only with a case number, the title
 * is the line below. A reference to the agenda below a heading ({@code (Item 4)}) is no part of the title.
 */
public final class Titles {
  /** The title and the lines it takes (the heading line's index first). */
  public record Title(String text, List<Integer> lines) {}

  private static final Pattern CASE_ONLY = Pattern.compile("(?i)^(?:dnr|dno|dnro|diarienr|sagsnr|sag nr|case no|ref)\\b.*");
  private static final int MAX_LINES = 3;

  private Titles() {}

  public static Title of(Lines lines, Outline.Heading h, double[] title, int end) {
    int i = h.line();
    HeadingToken t = lines.token(i);
    String text = h.token() != null ? h.token().rest() : t != null && h.number() != null ? t.rest() : lines.text(i);
    if (h.token() == null && t != null && t.syntax() == HeadingToken.Syntax.TIME_SLOT) text = t.rest();
    if (CASE_ONLY.matcher(text).matches()) text = "";
    List<Integer> taken = new ArrayList<>(List.of(i));
    int next = i + 1;
    if (text.isEmpty() && next < end) {
      text = lines.text(next);
      taken.add(next++);
    }
    while (next < end && taken.size() <= MAX_LINES && title[next] >= 0.5
        && !Lines.ITEM_REFERENCE.matcher(lines.text(next)).matches()) {
      text = TextJoin.join(text, lines.text(next));
      taken.add(next++);
    }
    return new Title(text.strip(), taken);
  }
}
