package dev.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Minutes;
import dev.minutes.model.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each warning code the README documents, made to fire by a small PDF that has that one problem; the same
 * document without it has no warning at all.
 */
class WarningCodesTest {
  private static final MinutesParser PARSER = MinutesParser.builder().build();

  static final String TITLE = "Kommunchefsmöte, Umeåregionen";
  static final String DATE = "2018-11-14 13:15 - 16:15";

  static List<String> codes(TinyPdf pdf) throws Exception {
    return warnings(PARSER.parse(pdf.bytes(), "tiny.pdf"));
  }

  static List<String> warnings(Minutes m) {
    return m.warnings().stream().map(Warning::code).toList();
  }

  /** A header, two items with notes, and actions whose dates show day and month apart. */
  static TinyPdf clean(String firstActionMeta) {
    return new TinyPdf().header(TITLE, DATE, "Rex (telegrafen)", "Lisa Andersson Lindberg (Organisatör), Magnus Haglund")
        .bold("1.|Mötet öppnas").gap(4).bold("Anteckningar").line("Mötet öppnades av Magnus Haglund.").gap(10)
        .bold("2.|Budget").gap(4).bold("Anteckningar").line("Budgeten gicks igenom.").gap(6)
        .bold("Åtgärder").gap(4).line("Räkna om budget").gap(4).line(firstActionMeta).gap(6)
        .line("Skicka budgeten till Magnus").gap(4).line("12/20/2018 Lisa Andersson Lindberg");
  }

  @Test
  void theCleanDocumentHasNoWarning() throws Exception {
    Minutes m = PARSER.parse(clean("11/15/2018 Lisa Andersson Lindberg").bytes(), "tiny.pdf");
    assertEquals(List.of(), warnings(m));
    assertEquals(TITLE, m.meeting().title());
    assertEquals("2018-11-14", m.meeting().date());
    assertEquals(2, m.items().size());
    assertEquals(2, m.items().get(1).actions().size());
  }

  @Test
  void headerTitleMissing() throws Exception {
    // The date line opens the page, below the top margin (where a date and time is taken for a print stamp).
    TinyPdf pdf = new TinyPdf().gap(30).line(DATE).gap(6).bold("Plats").line("Rex").gap(10)
        .bold("1.|Mötet öppnas").gap(4).bold("Anteckningar").line("Mötet öppnades.");
    assertEquals(List.of("header.title-missing"), codes(pdf));
  }

  @Test
  void headerDateMissing() throws Exception {
    TinyPdf pdf = new TinyPdf().line(TITLE, 16, true).gap(6).bold("Plats").line("Rex").gap(10)
        .bold("1.|Mötet öppnas").gap(4).bold("Anteckningar").line("Mötet öppnades.");
    assertEquals(List.of("header.date-missing"), codes(pdf));
  }

  @Test
  void headerUnrecognised() throws Exception {
    TinyPdf pdf = new TinyPdf().line(TITLE, 16, true).gap(4).line(DATE).gap(6).line("Sekreterare: Jan Ek").gap(6)
        .bold("Plats").line("Rex").gap(10)
        .bold("1.|Mötet öppnas").gap(4).bold("Anteckningar").line("Mötet öppnades.");
    Minutes m = PARSER.parse(pdf.bytes(), "tiny.pdf");
    assertEquals(List.of("header.unrecognised"), warnings(m));
    assertEquals("header line not understood: Sekreterare: Jan Ek", m.warnings().get(0).message());
    assertEquals(1, m.warnings().get(0).page());
  }

  @Test
  void itemNone() throws Exception {
    // Only the header: with no item, everything after the participants' label would be read as participants.
    TinyPdf pdf = new TinyPdf().header(TITLE, DATE, "Rex", "Magnus Haglund, Lisa Andersson Lindberg");
    // With no heading at all, none stands out by style either.
    assertEquals(List.of("item.headings-unstyled", "item.none"), codes(pdf));
  }

  @Test
  void itemNumberingGap() throws Exception {
    TinyPdf pdf = new TinyPdf().header(TITLE, DATE, "Rex", "Magnus Haglund")
        .bold("1.|Mötet öppnas").gap(4).bold("Anteckningar").line("Mötet öppnades.").gap(10)
        .bold("3.|Nästa möte").gap(4).bold("Anteckningar").line("Nästa möte hålls i december.");
    Minutes m = PARSER.parse(pdf.bytes(), "tiny.pdf");
    assertEquals(List.of("item.numbering-gap"), warnings(m));
    assertEquals(List.of("1", "3"), m.items().stream().map(i -> i.number()).toList());
  }

  @Test
  void itemHeadingsUnstyled() throws Exception {
    // No heading is bold or larger, and no number stands apart from its title.
    TinyPdf pdf = new TinyPdf().line(TITLE, 16, false).gap(4).line(DATE).gap(6).line("Plats").line("Rex").gap(10)
        .line("1. Mötet öppnas").gap(4).line("Mötet öppnades av ordföranden.").gap(10)
        .line("2. Nästa möte").gap(4).line("Nästa möte hålls i december.");
    Minutes m = PARSER.parse(pdf.bytes(), "tiny.pdf");
    assertEquals(List.of("item.headings-unstyled"), warnings(m));
    assertEquals(List.of("1", "2"), m.items().stream().map(i -> i.number()).toList());
  }

  @Test
  void actionIncomplete() throws Exception {
    // The second action has its text but no line with its date and person.
    TinyPdf pdf = new TinyPdf().header(TITLE, DATE, "Rex", "Lisa Andersson Lindberg")
        .bold("1.|Budget").gap(4).bold("Åtgärder").gap(4).line("Räkna om budget").gap(4)
        .line("12/20/2018 Lisa Andersson Lindberg").gap(6).line("Skicka budgeten till ordföranden");
    assertEquals(List.of("action.incomplete"), codes(pdf));
  }

  @Test
  void dateInvalid() throws Exception {
    assertEquals(List.of("date.invalid"), codes(clean("11/31/2018 Lisa Andersson Lindberg")));
  }

  @Test
  void dateOrderAssumed() throws Exception {
    // 12/3/2018 and 11/5/2018 read either way: nothing in the document says which comes first.
    TinyPdf pdf = new TinyPdf().header(TITLE, DATE, "Rex", "Lisa Andersson Lindberg")
        .bold("1.|Budget").gap(4).bold("Åtgärder").gap(4).line("Räkna om budget").gap(4)
        .line("12/3/2018 Lisa Andersson Lindberg").gap(6).line("Skicka budgeten").gap(4)
        .line("11/5/2018 Lisa Andersson Lindberg");
    Minutes m = PARSER.parse(pdf.bytes(), "tiny.pdf");
    assertEquals(List.of("date.order-assumed"), warnings(m));
    assertEquals("2018-12-03", m.items().get(0).actions().get(0).due());
  }
}
