package dev.minutes.people;

import dev.minutes.MinutesParser;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Mention;
import dev.minutes.model.Minutes;
import dev.minutes.model.Participant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The people linker scored against lists of links written by reading the documents
 * ({@code testdata/src/seed.people.tsv}, {@code testdata/src/real.people.tsv}): each row an item, where in
 * it the name stands, the name as written and the participant meant ({@code -}: no participant, must not
 * be linked).
 *
 * <p>Three counts. By occurrence (the seed only, whose sections are labelled): the parser's links as rows
 * of item, section, name and participant, compared with the list as multisets. By name form (every
 * document): the distinct pairs of name as written and participant in the whole document, so that neither
 * the parser's items and sections nor text it repeats (an action that is also a decision) count; a pair
 * the reader did not write down, a name linked to the wrong participant included, is a wrong link. The
 * matcher alone: each distinct name as written given to {@link NameMatcher} with the participants a reader
 * lists (the content model's, or {@code testdata/real-gold}'s), so that what the parser reads of the
 * header and where it finds names do not count: right, missed (no participant where the list has one),
 * wrong (another participant, or one where the list has none).
 */
public final class PeopleEvaluation {
  /** One link: an item (its number; its title where it has none), where in it, the name as written, the participant. */
  public record Link(String item, String where, String name, String participant) {
    String row() {
      return item + "\t" + where + "\t" + name + "\t" + participant;
    }

    String form() {
      return name + " -> " + participant;
    }
  }

  /** The figures for one document. */
  public record Result(String document, List<String> participants, int goldLinks, int goldForms,
                       List<String> missedForms, List<String> wrongForms, List<String> missedRows,
                       List<String> wrongRows, int matcherNames, List<String> matcherMissed,
                       List<String> matcherWrong) {
    public String summary() {
      return String.format(Locale.ROOT, "%s: %d links written down, %d name forms; parse: missed %d, wrong %d; "
          + "matcher alone on %d names: missed %d, wrong %d", document, goldLinks, goldForms, missedForms.size(),
          wrongForms.size(), matcherNames, matcherMissed.size(), matcherWrong.size());
    }
  }

  private PeopleEvaluation() {}

  /** The lists, by document: the seed's under "seed-chromium", the others under their corpus file. */
  public static Map<String, List<Link>> read(Path tsv, boolean firstColumnIsFile) throws IOException {
    Map<String, List<Link>> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] c = line.split("\t");
      int k = firstColumnIsFile ? 1 : 0;
      String doc = firstColumnIsFile ? c[0] : "seed-chromium";
      out.computeIfAbsent(doc, d -> new ArrayList<>()).add(new Link(c[k], c[k + 1], c[k + 2], c[k + 3]));
    }
    return out;
  }

  /** The parser's links: every mention, and every action whose responsible person is linked. */
  public static List<Link> found(Minutes m) {
    List<Participant> people = m.meeting().participants();
    List<Link> out = new ArrayList<>();
    for (Item i : m.allItems()) {
      for (Mention x : i.mentions()) {
        out.add(new Link(item(i), x.section(), x.text(), people.get(x.participantIndex()).name()));
      }
      for (Action a : i.actions()) {
        if (a.participantIndex() != null) {
          out.add(new Link(item(i), "responsible", a.responsible(), people.get(a.participantIndex()).name()));
        }
      }
    }
    return out;
  }

  /** How the lists name an item: by its number as printed, or by its title where it prints none. */
  private static String item(Item i) {
    return i.number() != null ? i.number() : i.title();
  }

  public static Result score(String document, Minutes parsed, List<Link> list, List<Participant> listed) {
    List<Link> gold = list.stream().filter(l -> !l.participant().equals("-")).toList();
    List<Link> found = found(parsed);
    Set<String> goldForms = forms(gold), foundForms = forms(found);
    List<String> missedForms = new ArrayList<>(goldForms), wrongForms = new ArrayList<>(foundForms);
    missedForms.removeAll(foundForms);
    wrongForms.removeAll(goldForms);
    List<String> missedRows = new ArrayList<>(), wrongRows = new ArrayList<>();
    gold.forEach(l -> missedRows.add(l.row()));
    found.forEach(l -> wrongRows.add(l.row()));
    for (Link l : found) missedRows.remove(l.row());
    for (Link l : gold) wrongRows.remove(l.row());
    Collections.sort(missedRows);
    Collections.sort(wrongRows);
    // The matcher alone: each name as written, and the participants the list gives it (none for "-").
    Map<String, Set<String>> meant = new LinkedHashMap<>();
    for (Link l : list) {
      Set<String> ps = meant.computeIfAbsent(l.name(), n -> new TreeSet<>());
      if (!l.participant().equals("-")) ps.add(fold(l.participant()));
    }
    NameMatcher matcher = new NameMatcher(listed);
    List<String> matcherMissed = new ArrayList<>(), matcherWrong = new ArrayList<>();
    for (var e : meant.entrySet()) {
      int i = matcher.match(e.getKey());
      String got = i < 0 ? null : fold(listed.get(i).name());
      if (got == null && !e.getValue().isEmpty()) matcherMissed.add(e.getKey() + " -> " + e.getValue());
      else if (got != null && !e.getValue().contains(got)) matcherWrong.add(e.getKey() + " -> " + got + ", not " + e.getValue());
    }
    return new Result(document, parsed.meeting().participants().stream().map(Participant::name).toList(), gold.size(),
        goldForms.size(), missedForms, wrongForms, missedRows, wrongRows, meant.size(), matcherMissed, matcherWrong);
  }

  /** The participants a reader lists: the gold's meeting.participants. */
  static List<Participant> listed(Path gold) throws IOException {
    try (var in = Files.newInputStream(gold)) {
      return dev.minutes.json.MinutesJson.read(in).meeting().participants();
    }
  }

  private static Set<String> forms(List<Link> links) {
    Set<String> out = new TreeSet<>();
    for (Link l : links) out.add(fold(l.name()) + " -> " + fold(l.participant()));
    return out;
  }

  /** Compared as a reader would: case, accents, white space and parenthesised initials do not count. */
  static String fold(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** The real minutes corpus beside the repository, or where {@code -Dminutes.real.corpus} says. */
  public static Path realCorpus() {
    String p = System.getProperty("minutes.real.corpus");
    return p != null ? Path.of(p) : Fixtures.testdata().toAbsolutePath().getParent().getParent()
        .resolve("shared/corpora/real-minutes");
  }

  /** Every list scored: the seed always, the real minutes when their corpus is there. */
  /**
   * Real minutes whose misses were read while the matcher's rules were written, so no longer held out: the
   * rule for initials ({@code DT}, {@code AHol}) was written after this document's were seen missed.
   */
  static final java.util.Set<String> DEVELOPMENT = java.util.Set.of("suffolk-libraries/2015-05-05-fohcl-minutes");

  public static List<Result> reported() throws Exception {
    MinutesParser parser = MinutesParser.builder().build();
    Path testdata = Fixtures.testdata();
    List<Result> out = new ArrayList<>();
    List<Link> seed = read(testdata.resolve("src/seed.people.tsv"), false).get("seed-chromium");
    out.add(score("seed-chromium.pdf (development)", parser.parse(testdata.resolve("seed-chromium.pdf")), seed,
        Fixtures.content("seed").meeting().participants()));
    Path corpus = realCorpus();
    if (Files.isDirectory(corpus)) {
      for (var e : read(testdata.resolve("src/real.people.tsv"), true).entrySet()) {
        Path pdf = corpus.resolve(e.getKey() + ".pdf");
        String split = DEVELOPMENT.contains(e.getKey()) ? " (development)" : " (held out)";
        out.add(score(e.getKey() + ".pdf" + split, parser.parse(pdf), e.getValue(),
            listed(testdata.resolve("real-gold/" + e.getKey() + ".gold.json"))));
      }
    } else {
      System.out.println("(no real minutes corpus at " + corpus + ": only the seed is scored)");
    }
    return out;
  }

  static void print(Result r) {
    System.out.println(r.summary());
    if (r.missedForms().isEmpty() && r.wrongForms().isEmpty() && r.matcherMissed().isEmpty()
        && r.matcherWrong().isEmpty()) {
      return;
    }
    System.out.println("  participants as parsed: " + r.participants());
    r.missedForms().forEach(s -> System.out.println("  missed: " + s));
    r.wrongForms().forEach(s -> System.out.println("  wrong: " + s));
    r.matcherMissed().forEach(s -> System.out.println("  matcher missed: " + s));
    r.matcherWrong().forEach(s -> System.out.println("  matcher wrong: " + s));
  }

  public static void main(String[] args) throws Exception {
    int links = 0, forms = 0, missed = 0, wrong = 0, names = 0, matcherMissed = 0, matcherWrong = 0;
    for (Result r : reported()) {
      print(r);
      if (r.document().endsWith("(held out)")) {
        links += r.goldLinks();
        forms += r.goldForms();
        missed += r.missedForms().size();
        wrong += r.wrongForms().size();
        names += r.matcherNames();
        matcherMissed += r.matcherMissed().size();
        matcherWrong += r.matcherWrong().size();
      }
    }
    System.out.printf(Locale.ROOT, "real minutes, held out: %d links written down, %d name forms; parse: missed %d, wrong %d; "
        + "matcher alone on %d names: missed %d, wrong %d%n", links, forms, missed, wrong, names, matcherMissed, matcherWrong);
  }
}
