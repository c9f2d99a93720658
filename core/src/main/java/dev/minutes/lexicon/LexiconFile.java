package dev.minutes.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a language's lexicon file, {@code dev/minutes/lexicon/<language>.tsv}: lines {@code CLASS<TAB>phrase}, a
 * third column the phrase's value where it has one ({@code MONTH<TAB>januari<TAB>1}); blank lines and lines
 * beginning with {@code #} are skipped. Rule: a phrase may stand once in a class of a file, compared folded; an
 * unknown class, a phrase that cannot be parsed or a repeated one is an error that names the file and line.
 */
final class LexiconFile {
  private LexiconFile() {}

  static List<Phrase> read(String language) {
    return read(language, EnumSet.allOf(WordClass.class));
  }

  /** The phrases of {@code classes} only; the other lines are not parsed (nor checked). */
  static List<Phrase> read(String language, Set<WordClass> classes) {
    String name = language + ".tsv";
    try (InputStream in = LexiconFile.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalArgumentException("no lexicon for language '" + language + "'");
      return parse(language, name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), classes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
  }

  static List<Phrase> parse(String language, String name, BufferedReader reader) throws IOException {
    return parse(language, name, reader, EnumSet.allOf(WordClass.class));
  }

  static List<Phrase> parse(String language, String name, BufferedReader reader, Set<WordClass> classes)
      throws IOException {
    List<Phrase> phrases = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String raw;
    int n = 0;
    while ((raw = reader.readLine()) != null) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int tab = line.indexOf('\t');
      if (tab > 0 && !wanted(line.substring(0, tab), classes)) continue;
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols.length > 3) throw error(name, n, "expected CLASS<TAB>phrase[<TAB>value]");
      WordClass c;
      try {
        c = WordClass.valueOf(cols[0].strip());
      } catch (IllegalArgumentException e) {
        throw error(name, n, "unknown class '" + cols[0].strip() + "'");
      }
      if (!classes.contains(c)) continue;
      List<String> words;
      int value = 0;
      try {
        words = Phrase.parse(cols[1]);
        if (cols.length == 3) value = Integer.parseInt(cols[2].strip());
      } catch (IllegalArgumentException e) {
        throw error(name, n, e.getMessage());
      }
      Phrase p = new Phrase(c, language, cols[1].strip(), words, value, n);
      Integer before = seen.putIfAbsent(c + "\t" + p.key(), n);
      if (before != null) throw error(name, n, c + " '" + p.text() + "' repeats line " + before);
      phrases.add(p);
    }
    return phrases;
  }

  private static final Set<String> NAMES = new HashSet<>();

  static {
    for (WordClass c : WordClass.values()) NAMES.add(c.name());
  }

  /** Whether a line of class {@code name} is to be read: an unknown name is, to be refused. */
  private static boolean wanted(String name, Set<WordClass> classes) {
    return !NAMES.contains(name) || classes.contains(WordClass.valueOf(name));
  }

  private static IllegalStateException error(String name, int line, String message) {
    return new IllegalStateException("lexicon " + name + ":" + line + ": " + message);
  }
}
