package dev.minutes.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.MinutesParser;
import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How decisions are read from the text of board minutes: a vote's record is one decision, a motion and its bare result
 * are one, and a formal resolution with its list is one decision while the debate's other cue words stay notes.
 */
class DecisionRulesTest {
  private static final MinutesParser PARSER = MinutesParser.builder().ocr(dev.minutes.extract.ocr.OcrMode.NEVER).build();

  private static Minutes board() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .line("Minutes of the Board of Directors", 16, true).gap(6)
        .line("Date: 2023-03-07").line("Present: Anna Berg, Per Ek, Lena Holm").gap(12)
        .bold("1. Approval of the agenda").gap(6)
        .line("RESULT: APPROVED [UNANIMOUS]").gap(6).line("MOTION BY: Berg").gap(6).line("SECOND: Ek").gap(12)
        .bold("2. Budget").gap(6)
        .line("That we adopt the budget as presented.").gap(6).line("Carried.").gap(12)
        .bold("3. Devolution").gap(6)
        .line("An amendment to the motion was carried after a long debate.").gap(6)
        .line("RESOLVED that the Board:").gap(6).line("(1) endorses the plan;").gap(6).line("(2) notes the report.").gap(12)
        .bold("4. Tax credit").gap(6)
        .line("WHEREAS the Act provides a tax credit;").gap(6).line("AND WHEREAS the credit is too low;").gap(6)
        .line("NOW THEREFORE the Council supports a review of the credit. Carried.");
    return PARSER.parse(pdf.bytes(), "board.pdf");
  }

  private static Item item(Minutes m, String number) {
    return m.items().stream().filter(i -> number.equals(i.number())).findFirst().orElseThrow();
  }

  @Test
  void aVotesRecordIsOneDecision() throws Exception {
    assertEquals(List.of("RESULT: APPROVED [UNANIMOUS] MOTION BY: Berg SECOND: Ek"), item(board(), "1").decisions());
  }

  @Test
  void aMotionAndItsBareResultAreOneDecision() throws Exception {
    Item budget = item(board(), "2");
    assertEquals(List.of("That we adopt the budget as presented. Carried."), budget.decisions());
    assertEquals(List.of(), budget.notes());
  }

  @Test
  void aFormalResolutionWithItsListIsTheDecisionAndTheDebateStaysInTheNotes() throws Exception {
    Item devolution = item(board(), "3");
    assertEquals(List.of("RESOLVED that the Board: (1) endorses the plan; (2) notes the report."), devolution.decisions(),
        "a resolution and the entries of the list it opens are one decision: an entry alone does not say who decides");
    assertTrue(devolution.notes().contains("An amendment to the motion was carried after a long debate."),
        devolution.notes().toString());
  }

  @Test
  void aMotionsParagraphsAndTheLastThatEndsInTheResultAreOneDecision() throws Exception {
    Item credit = item(board(), "4");
    assertEquals(List.of("WHEREAS the Act provides a tax credit; AND WHEREAS the credit is too low; NOW THEREFORE the Council "
        + "supports a review of the credit. Carried."), credit.decisions());
    assertEquals(List.of(), credit.notes());
  }
}
