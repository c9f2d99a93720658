package dev.minutes.segment;

import dev.minutes.lexicon.Lexicon;
import dev.minutes.lexicon.Match;
import dev.minutes.lexicon.WordClass;
import java.util.EnumSet;

/**
 * The names of months and weekdays, in every language of the lexicon: its {@code MONTH} and {@code WEEKDAY}
 * classes, whose values number them. The date readers find a word where a month or weekday may stand and ask here
 * what it is; no month name is written anywhere else.
 */
final class CalendarWords {
  private CalendarWords() {}

  private static final class Holder {
    static final Lexicon CALENDAR = Lexicon.of(EnumSet.of(WordClass.MONTH, WordClass.WEEKDAY),
        Lexicon.LANGUAGES.toArray(String[]::new));
  }

  /** The month {@code word} names (a name, a case form or an abbreviation, a full stop after it allowed), or -1. */
  static int month(String word) {
    return value(word, WordClass.MONTH);
  }

  /** Whether {@code word} names a weekday (a full stop after it allowed). */
  static boolean isWeekday(String word) {
    return value(word, WordClass.WEEKDAY) > 0;
  }

  private static int value(String word, WordClass c) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (w.length() < 3) return -1;
    return Holder.CALENDAR.exactly(w, c).map(Match::value).orElse(-1);
  }
}
