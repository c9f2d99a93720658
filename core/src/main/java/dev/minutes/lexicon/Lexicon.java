package dev.minutes.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words minutes are read by, in classes ({@link WordClass}), for one or more languages. Each language's phrases
 * come from its file {@code dev/minutes/lexicon/<language>.tsv} (see {@link LexiconFile}).
 *
 * <p>Rules of matching: a phrase's words are compared with the text's words folded (NFKC, lower case); a text word
 * is a run of letters and digits, so a phrase word matches a whole word ({@code Present} is not in
 * {@code Presentation}) unless it ends in {@code *}, which matches any ending ({@code beslut*} matches
 * {@code beslutade}). Between the words of a phrase the text may have white space, full stops, hyphens,
 * apostrophes and slashes ({@code prot.förare}, {@code Vice-Chair}), nothing else.
 *
 * <p>Immutable and thread-safe. {@link #standard()} is read once; {@link #of} reads the files on each call.
 */
public final class Lexicon {
  /** The languages with a lexicon file, in the order their phrases are preferred. */
  public static final List<String> LANGUAGES = List.of("sv", "en", "de", "da", "no", "fi");

  private static final long ALL = (1L << WordClass.values().length) - 1;

  private final List<String> languages;
  private final PhraseTrie trie;
  private final int longest;
  private final int size;

  private Lexicon(List<String> languages, List<Phrase> phrases) {
    this.languages = List.copyOf(languages);
    this.trie = new PhraseTrie(phrases, this.languages);
    int most = 0;
    for (Phrase p : phrases) most = Math.max(most, p.text().length());
    this.longest = most;
    this.size = phrases.size();
  }

  private static final class Standard {
    static final Lexicon INSTANCE = of(LANGUAGES.toArray(String[]::new));
  }

  /** Every language's lexicon: Swedish, English, German, Danish, Norwegian (bokmål) and Finnish. */
  public static Lexicon standard() {
    return Standard.INSTANCE;
  }

  /** The lexicon of {@code languages} (ISO 639-1 codes from {@link #LANGUAGES}), preferred in the order given. */
  public static Lexicon of(String... languages) {
    return of(EnumSet.allOf(WordClass.class), languages);
  }

  /**
   * The lexicon of {@code languages} that knows only the phrases of {@code classes}: less to read where a caller
   * needs a few classes (the date readers need months and weekdays).
   */
  public static Lexicon of(Set<WordClass> classes, String... languages) {
    if (languages.length == 0) throw new IllegalArgumentException("no language given");
    List<Phrase> phrases = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (String language : languages) {
      if (order.contains(language)) continue;
      order.add(language);
      phrases.addAll(LexiconFile.read(language, classes));
    }
    return new Lexicon(order, phrases);
  }

  public List<String> languages() {
    return languages;
  }

  /** How many phrases the lexicon's files give, in all. */
  public int size() {
    return size;
  }

  /**
   * The class of a line that is a label standing alone: its whole text, white space around it and a trailing colon
   * aside, is one phrase. Where several classes fit, the one {@link WordClass} declares first. Null for none.
   */
  public WordClass label(String line) {
    Set<WordClass> all = labels(line);
    return all.isEmpty() ? null : all.iterator().next();
  }

  /** Every class of which {@code line}, taken whole as {@link #label} takes it, is a phrase. */
  public Set<WordClass> labels(String line) {
    Set<WordClass> found = EnumSet.noneOf(WordClass.class);
    Words words = whole(line);
    if (words == null) return found;
    trie.visit(words, 0, ALL, (last, e) -> {
      if (last == words.size - 1) found.add(e.wordClass());
    });
    return Collections.unmodifiableSet(found);
  }

  /** The phrase of class {@code c} that {@code line} is, taken whole as {@link #label} takes it. */
  public Optional<Match> exactly(String line, WordClass c) {
    Words words = whole(line);
    if (words == null) return Optional.empty();
    Match[] found = new Match[1];
    trie.visit(words, 0, PhraseTrie.bit(c), (last, e) -> {
      if (last == words.size - 1 && found[0] == null) found[0] = match(words, 0, last, e);
    });
    return Optional.ofNullable(found[0]);
  }

  /** Whether {@code text}, white space before it aside, opens with a phrase of class {@code c}. */
  public boolean startsWith(String text, WordClass c) {
    Words words = Words.of(text);
    if (words.size == 0 || words.starts[0] != words.firstNonSpace()) return false;
    boolean[] found = new boolean[1];
    trie.visit(words, 0, PhraseTrie.bit(c), (last, e) -> found[0] = true);
    return found[0];
  }

  /** Whether a phrase of class {@code c} stands anywhere in {@code text}. */
  public boolean contains(String text, WordClass c) {
    return first(text, c).isPresent();
  }

  /** The classes of the phrases that stand anywhere in {@code text}. */
  public Set<WordClass> classesIn(String text) {
    Words words = Words.of(text);
    Set<WordClass> found = EnumSet.noneOf(WordClass.class);
    for (int i = 0; i < words.size; i++) trie.visit(words, i, ALL, (last, e) -> found.add(e.wordClass()));
    return Collections.unmodifiableSet(found);
  }

  /** The first phrase of class {@code c} in {@code text}: the one that begins first, the longest of those. */
  public Optional<Match> first(String text, WordClass c) {
    Words words = Words.of(text);
    long want = PhraseTrie.bit(c);
    for (int i = 0; i < words.size; i++) {
      int from = i;
      Match[] best = new Match[1];
      trie.visit(words, i, want, (last, e) -> {
        if (best[0] == null || words.ends[last] > best[0].end()) best[0] = match(words, from, last, e);
      });
      if (best[0] != null) return Optional.of(best[0]);
    }
    return Optional.empty();
  }

  /** Every phrase in {@code text}, of any class, by where it begins (the longest first where several begin together). */
  public List<Match> all(String text) {
    Words words = Words.of(text);
    List<Match> found = new ArrayList<>();
    for (int i = 0; i < words.size; i++) {
      int from = i, mark = found.size();
      trie.visit(words, i, ALL, (last, e) -> found.add(match(words, from, last, e)));
      found.subList(mark, found.size()).sort((a, b) -> Integer.compare(b.end(), a.end()));
    }
    return found;
  }

  private static Match match(Words words, int from, int last, PhraseTrie.Ending e) {
    return new Match(words.starts[from], words.ends[last], e.wordClass(), e.phrase(), e.languages(), e.value());
  }

  /** The words of a line that may be a label, the line's whole text being words; null where it cannot be one. */
  private Words whole(String line) {
    // Longer lines are no label: a label is a phrase, with some slack for spacing and folding.
    if (line.length() > 2 * longest + 16) return null;
    int end = line.length();
    while (end > 0 && Words.isSpace(line.charAt(end - 1))) end--;
    if (end > 0 && (line.charAt(end - 1) == ':' || line.charAt(end - 1) == '\uFF1A')) end--;
    while (end > 0 && Words.isSpace(line.charAt(end - 1))) end--;
    Words words = Words.of(line.substring(0, end));
    if (words.size == 0 || words.starts[0] != words.firstNonSpace() || words.ends[words.size - 1] != end) return null;
    return words;
  }
}
