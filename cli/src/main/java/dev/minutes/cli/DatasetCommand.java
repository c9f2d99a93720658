package dev.minutes.cli;

import dev.minutes.cli.bulk.AtomicFiles;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
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
            + "language, token count."})
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
    Inputs in = new Inputs(spec.commandLine().getErr());
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
    if (unit == Unit.document) {
      List<String> all = new ArrayList<>();
      for (Item i : m.allItems()) all.addAll(paragraphs(i));
      out.add(record(m, doc, null, null, null, String.join("\n\n", all), lang, nlp));
      return out;
    }
    for (Item i : m.allItems()) {
      if (unit == Unit.item) {
        out.add(record(m, doc + ":" + i.number(), i, null, null, String.join("\n\n", paragraphs(i)), lang, nlp));
        continue;
      }
      for (Section s : sections(i)) {
        if (s.paragraphs().isEmpty()) continue;
        String id = doc + ":" + i.number() + ":" + s.kind();
        if (unit == Unit.section) {
          out.add(record(m, id, i, s.kind(), null, String.join("\n\n", s.paragraphs()), lang, nlp));
        } else {
          int n = 0;
          for (String p : s.paragraphs()) {
            for (String sentence : nlp.sentences(p)) {
              out.add(record(m, id + ":" + n, i, s.kind(), n, sentence, lang, nlp));
              n++;
            }
          }
        }
      }
    }
    return out;
  }

  record Section(String kind, List<String> paragraphs) {}

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
                                            String text, String lang, TextAnalyzer nlp) {
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
    r.put("language", lang);
    r.put("tokens", text.isEmpty() ? 0 : nlp.tokens(text).size());
    return r;
  }
}
