package dev.minutes.cli;

import dev.minutes.cli.bulk.AtomicFiles;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import dev.minutes.model.Provenance;
import dev.minutes.nlp.TextAnalyzer;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "dataset", mixinStandardHelpOptions = true,
    description = {"Writes JSONL, one record per unit (document, item, section or sentence), for datasets.",
        "Each record: id, meeting title and date, source file, item number and title, section kind, text, "
            + "the page it starts on and its box there, language, token count."})
final class DatasetCommand implements Callable<Integer> {
  enum Unit { document, item, section, sentence }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "PDFs, JSON outputs of parse or bulk, or folders")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the JSONL file to write")
  Path out;

  @Option(names = "--unit", paramLabel = "UNIT", description = "document, item, section (default) or sentence")
  Unit unit = Unit.section;

  @Override
  public Integer call() throws Exception {
    Inputs in = new Inputs(spec.commandLine().getErr(), true);
    int[] count = {0};
    Path tmp = AtomicFiles.part(out);
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      in.forEach(inputs, m -> {
        for (Map<String, Object> r : records(m, unit)) {
          w.write(MinutesJson.toJson(r, false));
          w.write('\n');
          count[0]++;
        }
      });
    }
    AtomicFiles.moveIntoPlace(tmp, out);
    spec.commandLine().getErr().printf("minutes dataset: %d %s records in %s%n", count[0], unit, out);
    return in.failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** A document's records for one unit, in document order. */
  static List<Map<String, Object>> records(Minutes m, Unit unit) {
    String lang = m.source() == null || m.source().language() == null ? "sv" : m.source().language();
    TextAnalyzer nlp = TextAnalyzer.forLanguage(lang);
    String doc = m.source() == null ? Integer.toHexString(m.meeting().hashCode()) : m.source().sha256().substring(0, 16);
    List<Map<String, Object>> out = new ArrayList<>();
    Map<Item, String> pointers = pointers(m);
    if (unit == Unit.document) {
      List<String> all = new ArrayList<>(), where = new ArrayList<>();
      for (Item i : m.allItems()) {
        all.addAll(paragraphs(i));
        where.addAll(paragraphPointers(i, pointers.get(i)));
      }
      out.add(record(m, doc, null, null, null, String.join("\n\n", all), where, lang, nlp));
      return out;
    }
    List<Item> all = m.allItems();
    for (int place = 1; place <= all.size(); place++) {
      Item i = all.get(place - 1);
      if (unit == Unit.item) {
        out.add(record(m, doc + ":" + id(i, place), i, null, null, String.join("\n\n", paragraphs(i)),
            paragraphPointers(i, pointers.get(i)), lang, nlp));
        continue;
      }
      for (Section s : sections(i)) {
        if (s.paragraphs().isEmpty()) continue;
        String id = doc + ":" + id(i, place) + ":" + s.kind();
        String at = pointers.get(i) + "/" + s.kind() + "/";
        if (unit == Unit.section) {
          List<String> where = new ArrayList<>();
          for (int k = 0; k < s.paragraphs().size(); k++) where.add(at + k);
          out.add(record(m, id, i, s.kind(), null, String.join("\n\n", s.paragraphs()), where, lang, nlp));
        } else {
          int n = 0;
          for (int k = 0; k < s.paragraphs().size(); k++) {
            for (String sentence : nlp.sentences(s.paragraphs().get(k))) {
              out.add(record(m, id + ":" + n, i, s.kind(), n, sentence, List.of(at + k), lang, nlp));
              n++;
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * An item in a record's id: its number, or, where its heading prints none, {@code #} and its place in the
   * document, depth first, from 1 ({@code #3}).
   */
  private static String id(Item i, int place) {
    return i.number() != null ? i.number() : "#" + place;
  }

  /** Each item's JSON pointer ({@code /items/2/items/0}). */
  private static Map<Item, String> pointers(Minutes m) {
    Map<Item, String> out = new java.util.IdentityHashMap<>();
    for (int k = 0; k < m.items().size(); k++) pointers(m.items().get(k), "/items/" + k, out);
    return out;
  }

  private static void pointers(Item item, String at, Map<Item, String> out) {
    out.put(item, at);
    for (int k = 0; k < item.items().size(); k++) pointers(item.items().get(k), at + "/items/" + k, out);
  }

  /** The pointers of an item's paragraphs, section after section, as {@link #paragraphs} lists them. */
  private static List<String> paragraphPointers(Item i, String at) {
    List<String> out = new ArrayList<>();
    for (Section s : sections(i)) {
      for (int k = 0; k < s.paragraphs().size(); k++) out.add(at + "/" + s.kind() + "/" + k);
    }
    return out;
  }

  record Section(String kind, List<String> paragraphs) {}

  /**
   * Where a record's text stands: the page its first paragraph starts on, and there the union of its paragraphs'
   * boxes (a sentence: its paragraph's box); null without provenance (JSON written without it) or text.
   */
  static Provenance.Box box(Provenance p, List<String> pointers) {
    if (p == null) return null;
    Integer page = null;
    double[] u = null;
    for (String pointer : pointers) {
      Provenance.Region r = p.elements().get(pointer);
      if (r == null) continue;
      if (page == null) page = r.page();
      for (Provenance.Box b : r.boxes()) {
        if (b.page() != page) continue;
        List<Double> bb = b.bbox();
        u = u == null ? new double[] {bb.get(0), bb.get(1), bb.get(2), bb.get(3)}
            : new double[] {Math.min(u[0], bb.get(0)), Math.min(u[1], bb.get(1)), Math.max(u[2], bb.get(2)),
                Math.max(u[3], bb.get(3))};
      }
    }
    return page == null ? null : new Provenance.Box(page, List.of(u[0], u[1], u[2], u[3]));
  }

  private static List<Section> sections(Item i) {
    return List.of(new Section("description", i.description()), new Section("notes", i.notes()),
        new Section("actions", i.actions().stream().map(Action::text).toList()),
        new Section("decisions", i.decisions()));
  }

  /** An item's paragraphs, section after section. */
  private static List<String> paragraphs(Item i) {
    List<String> all = new ArrayList<>();
    for (Section s : sections(i)) all.addAll(s.paragraphs());
    return all;
  }

  private static Map<String, Object> record(Minutes m, String id, Item item, String section, Integer sentence,
                                            String text, List<String> where, String lang, TextAnalyzer nlp) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("meeting", m.meeting().title());
    r.put("date", m.meeting().date());
    r.put("file", m.source() == null ? null : m.source().file());
    r.put("item", item == null ? null : item.number());
    r.put("itemTitle", item == null ? null : item.title());
    r.put("section", section);
    if (sentence != null) r.put("sentence", sentence);
    r.put("text", text);
    Provenance.Box box = box(m.provenance(), where);
    r.put("page", box == null ? null : box.page());
    r.put("bbox", box == null ? null : box.bbox());
    r.put("language", lang);
    r.put("tokens", text.isEmpty() ? 0 : nlp.tokens(text).size());
    return r;
  }
}
