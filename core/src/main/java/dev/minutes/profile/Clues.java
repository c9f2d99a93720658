package dev.minutes.profile;

import dev.minutes.extract.TextLine;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Counting a family's clues in a document's lines, for its evidence. */
public final class Clues {
  /** Each clue compiled once: a profile asks for the same few on every document. */
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Clues() {}

  private static Pattern compiled(String regex) {
    return COMPILED.computeIfAbsent(regex, r -> Pattern.compile("(?iu)" + r));
  }

  /**
   * Lines whose whole text (stripped) matches {@code regex}, case-insensitive; {@code words} as for
   * {@link #containing}.
   */
  public static int lines(DocumentLines document, String words, String regex) {
    Pattern p = compiled(regex);
    int n = 0;
    for (int i : document.lowerCase().linesHolding(words.split(" "))) {
      if (p.matcher(document.lines().get(i).text().strip()).matches()) n++;
    }
    return n;
  }

  /**
   * Lines in which {@code regex} is found, case-insensitive. {@code words} (lower case, split at spaces) are what
   * every match holds one of: the pattern is tried only on the lines that hold one, in any case, which spares
   * trying it at every place of every line.
   */
  public static int containing(DocumentLines document, String words, String regex) {
    Pattern p = compiled(regex);
    int n = 0;
    for (int i : document.lowerCase().linesHolding(words.split(" "))) {
      if (p.matcher(document.lines().get(i).text()).find()) n++;
    }
    return n;
  }

  /** Lines among the first {@code first} whose text starts with {@code regex}, case-insensitive. */
  public static int openingLines(List<TextLine> lines, int first, String regex) {
    Pattern p = compiled(regex);
    int n = 0;
    for (int i = 0; i < Math.min(first, lines.size()); i++) if (p.matcher(lines.get(i).text().strip()).lookingAt()) n++;
    return n;
  }
}
