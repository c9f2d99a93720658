package dev.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.minutes.fixtures.Fixtures;
import dev.minutes.json.MinutesJson;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** dataset, export and people over PDFs, parse outputs and folders. */
class DatasetExportPeopleTest extends InProcessCommand {
  List<JsonNode> jsonl(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(file)) out.add(MinutesJson.mapper().readTree(l));
    return out;
  }

  @Test
  void datasetUnitsFromAPdfAndAParseOutput() throws Exception {
    Path seed = Fixtures.testdata().resolve("seed-chromium.pdf");
    Path json = dir.resolve("seed.json");
    assertEquals(0, run("parse", seed.toString(), "-o", json.toString()));
    Path docs = dir.resolve("d.jsonl"), items = dir.resolve("i.jsonl"), sections = dir.resolve("s.jsonl"),
        sentences = dir.resolve("t.jsonl");
    assertEquals(0, run("dataset", seed.toString(), "--out", docs.toString(), "--unit", "document"));
    assertEquals(0, run("dataset", json.toString(), "--out", items.toString(), "--unit", "item"));
    assertEquals(0, run("dataset", seed.toString(), "--out", sections.toString()));
    assertEquals(0, run("dataset", seed.toString(), json.toString(), "--out", sentences.toString(), "--unit", "sentence"));
    assertEquals(1, jsonl(docs).size());
    assertEquals(22, jsonl(items).size());
    List<JsonNode> s = jsonl(sections);
    JsonNode first = s.get(0);
    assertEquals("Kommunchefsmöte, Umeåregionen", first.get("meeting").asText());
    assertEquals("2018-11-14", first.get("date").asText());
    assertEquals("1", first.get("item").asText());
    assertEquals("notes", first.get("section").asText());
    assertEquals("Mötet öppnades av Magnus Haglund.", first.get("text").asText());
    assertEquals("sv", first.get("language").asText());
    assertEquals(6, first.get("tokens").asInt());
    List<JsonNode> t = jsonl(sentences);
    assertEquals(0, t.size() % 2, "the PDF and its parse output give the same sentences");
    assertEquals(t.get(0).get("id"), t.get(t.size() / 2).get("id"), "ids are stable");
    assertEquals(t.size() / 2, t.stream().map(n -> n.get("id").asText()).distinct().count());
  }

  @Test
  void exportWritesRfc4180Csv() throws Exception {
    Path a = dir.resolve("actions.csv"), d = dir.resolve("decisions.csv");
    assertEquals(0, run("export", "--actions", a.toString(), "--decisions", d.toString(),
        Fixtures.testdata().resolve("seed-chromium.pdf").toString(), Fixtures.testdata().resolve("english.pdf").toString()));
    List<CSVRecord> rows;
    try (Reader r = Files.newBufferedReader(a, StandardCharsets.UTF_8)) {
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
    assertEquals(11, rows.size());
    assertEquals("Växelfunktion - medskick angående \"en väg in\"/kundtjänst", rows.get(0).get("item_title"));
    assertEquals("2018-12-03", rows.get(0).get("due"));
    assertEquals("Lisa Andersson Lindberg", rows.get(0).get("responsible"));
    assertTrue(Files.readString(a).contains("\r\n"));
    try (Reader r = Files.newBufferedReader(d, StandardCharsets.UTF_8)) {
      assertEquals(11, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords().size());
    }
    assertEquals(2, run("export", Fixtures.testdata().resolve("english.pdf").toString()));
  }

  @Test
  void peopleSummarisesActionsPerParticipant() throws Exception {
    assertEquals(0, run("people", Fixtures.testdata().resolve("seed-chromium.pdf").toString()));
    JsonNode doc = MinutesJson.mapper().readTree(out.toString().strip());
    JsonNode lisa = doc.get("people").get(0);
    assertEquals("Lisa Andersson Lindberg", lisa.get("name").asText());
    assertEquals(6, lisa.get("actions").size());
    assertEquals("2018-12-03", lisa.get("actions").get(0).get("due").asText());
    assertEquals(1, doc.get("people").get(7).get("actions").size(), "Ulf Mansson's one action");
    assertEquals(0, doc.get("people").get(1).get("actions").size());
  }

  /** Board minutes headed by time slots: items without numbers (see core's UnnumberedItemsTest). */
  Path timeSlots() throws Exception {
    Path pdf = dir.resolve("slots.pdf");
    Files.write(pdf, new dev.minutes.fixtures.TinyPdf().line("Bioc Technical Advisory Board Minutes", 16, true).gap(4)
        .line("5 September 2024").gap(6).line("Present: Laurent Gatto (LG), Davide Risso (DR), Vince Carey (VC)")
        .line("Apologies: Wolfgang Huber").gap(12)
        .line(":03 - :04 Previous minutes approved.").gap(10)
        .line(":04 - :19 Cloud working group update").gap(4).line("Debrief from the session at the conference.").gap(6)
        .line("LG will write up the cloud costs.").line("ACTION: LG").gap(10)
        .line(":20 - :23 Grant renewal").gap(4).line("It was agreed that the renewal be submitted in February.")
        .bytes());
    return pdf;
  }

  /** An item whose heading prints no number: null in JSON, empty in CSV, and its place in the document in an id. */
  @Test
  void itemsWithoutNumbersAreNullEmptyOrTheirPlace() throws Exception {
    Path pdf = timeSlots(), items = dir.resolve("i.jsonl"), sections = dir.resolve("s.jsonl");
    assertEquals(0, run("dataset", pdf.toString(), "--out", items.toString(), "--unit", "item"));
    List<JsonNode> i = jsonl(items);
    assertEquals(3, i.size());
    for (int k = 0; k < 3; k++) {
      assertTrue(i.get(k).get("item").isNull(), i.get(k).toString());
      assertTrue(i.get(k).get("id").asText().endsWith(":#" + (k + 1)), i.get(k).toString());
    }
    assertEquals("Cloud working group update", i.get(1).get("itemTitle").asText());
    assertEquals(0, run("dataset", pdf.toString(), "--out", sections.toString()));
    List<JsonNode> s = jsonl(sections);
    assertEquals(s.size(), s.stream().map(n -> n.get("id").asText()).distinct().count(), "ids are distinct");
    assertTrue(s.stream().allMatch(n -> n.get("item").isNull()));

    Path a = dir.resolve("actions.csv"), d = dir.resolve("decisions.csv");
    assertEquals(0, run("export", "--actions", a.toString(), "--decisions", d.toString(), pdf.toString()));
    List<CSVRecord> actions, decisions;
    try (Reader r = Files.newBufferedReader(a, StandardCharsets.UTF_8)) {
      actions = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
    try (Reader r = Files.newBufferedReader(d, StandardCharsets.UTF_8)) {
      decisions = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
    assertEquals(1, actions.size());
    assertEquals("", actions.get(0).get("item"));
    assertEquals("Cloud working group update", actions.get(0).get("item_title"));
    assertEquals(List.of("Previous minutes approved.", "Grant renewal"),
        decisions.stream().map(r -> r.get("item_title")).toList());
    assertTrue(decisions.stream().allMatch(r -> r.get("item").isEmpty()));
    assertTrue(Files.readString(a).contains(",slots.pdf,,Cloud working group update,"), Files.readString(a));

    assertEquals(0, run("people", pdf.toString()));
    JsonNode task = MinutesJson.mapper().readTree(out.toString().strip()).get("people").get(0).get("actions").get(0);
    assertTrue(task.get("item").isNull(), task.toString());
    assertEquals("Cloud working group update", task.get("itemTitle").asText());
  }

  @Test
  void unreadableInputsAreReportedAndCounted() throws Exception {
    Path bad = dir.resolve("bad.pdf");
    Files.writeString(bad, "no");
    assertEquals(4, run("people", bad.toString(), Fixtures.testdata().resolve("english.pdf").toString()));
    assertTrue(err.toString().contains("bad.pdf is text/plain, not a PDF"), err.toString());
    assertEquals(1, out.toString().strip().lines().count());
  }
}
