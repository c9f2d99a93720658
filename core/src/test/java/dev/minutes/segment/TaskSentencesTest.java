package dev.minutes.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.MinutesParser;
import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import dev.minutes.segment.TaskSentences.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tasks written in running text: action labels, a participant or an office with a task, and what is no task. */
class TaskSentencesTest {
  private static final TaskSentences TASKS = TaskSentences.of(
      List.of("Anna Hamrick", "David Olds", "Carl Bromfield", "Zach Maiorca", "Todd Feinberg", "Henning Nåbo",
          "Christoffer Sjöberg"),
      List.of("DO"));

  private static List<Task> tasks(String paragraph) {
    return TASKS.find(paragraph, false);
  }

  /** The sentence, whole, is one task given to {@code who}. */
  private static void isTask(String sentence, String who) {
    assertEquals(List.of(new Task(sentence, who)), tasks(sentence));
  }

  @Test
  void anActionLabelGivesTheTaskAfterIt() {
    assertEquals(List.of(new Task("Follow up with Bruoillard-Bruce", null)), tasks("Action: Follow up with Bruoillard-Bruce"));
    assertEquals(List.of(new Task("Bromfield to draft email to the deans", "Bromfield")),
        tasks("- ACTION Bromfield to draft email to the deans"));
    assertEquals(List.of(new Task("nominate a liaison", null)), tasks("ACTION - nominate a liaison"));
  }

  @Test
  void anActionLabelBeforeADecisionMarksTheDecision() {
    assertEquals(List.of(), TASKS.find("ACTION Vote Response: Yes Have a junior developer award", true));
  }

  @Test
  void aParticipantOrAnOfficeWithATaskInASentence() {
    assertEquals(List.of(new Task("Hamrick will speak to Ryder to clarify the issue.", "Hamrick")),
        tasks("Kirmse mentioned the photographs. Hamrick will speak to Ryder to clarify the issue."));
    isTask("The Board will send announcements to residents.", "The Board");
    isTask("Z. Maiorca, and T. Feinberg need to submit updated applications", "Z. Maiorca, and T. Feinberg");
    isTask("Christoffer ska fixa medaljer.", "Christoffer");
  }

  @Test
  void aBodyThatGivesSomeoneATask() {
    assertEquals(List.of(new Task("THAT we direct municipal staff to research a bag limit program.", "municipal staff")),
        TASKS.find("THAT we direct municipal staff to research a bag limit program. Carried.", true));
    assertEquals(List.of(new Task("Stämman beslutade att överlåta till styrelsen att utse representanter.", "styrelsen")),
        TASKS.find("Stämman beslutade att överlåta till styrelsen att utse representanter.", true));
    isTask("Kommande styrelsen ska skriva ett dokument om GDPR.", "Kommande styrelsen");
  }

  @Test
  void anOfficeWithABareInfinitiveIsAStandingDuty() {
    assertEquals(List.of(), tasks("Clerk to record, without note or comment, all resolutions of the council."));
    assertEquals(List.of(), tasks("Request for selected staff to view the data."));
  }

  @Test
  void initialsPrintedOrMadeFromTheNameAndAClauseAfterAnd() {
    assertEquals(List.of(new Task("DO will compile a spend profile for the year.", "DO")),
        tasks("A budget of £600 was suggested and DO will compile a spend profile for the year."));
    isTask("CB agreed to look into this matter.", "CB");
  }

  @Test
  void aNameOfTwoWordsWithATaskPhraseOfTheLexicon() {
    isTask("Carina Ventin sammankallar arbetsgruppen till ett möte.", "Carina Ventin");
  }

  @Test
  void whatSomeoneSaidTheyWouldDoOrOfferedToDo() {
    isTask("The Chair shared that she would send a message to group leaders.", "The Chair");
    isTask("She mentioned her intention to report on the practice framework at a later date.", null);
    isTask("Hamrick offered to assist with the newsletter.", "Hamrick");
    assertEquals(List.of(), tasks("The Chair said that she would not stand again."), "a refusal is no task");
    assertEquals(List.of(), tasks("Hamrick said that he would like more detail."), "a wish is no task");
  }

  @Test
  void thePassiveWithItsAgentAndATaskRunInAfterADash() {
    isTask("A background check will be done by Hamrick with CBI.", "Hamrick");
    assertEquals(List.of(new Task("Bromfield will send gate codes to residents.", "Bromfield")),
        tasks("It will now be on emergency maps – Bromfield will send gate codes to residents."));
    assertEquals(List.of(), tasks("The meeting will be chaired by Hamrick."), "chairing is no task");
  }

  @Test
  void whatIsNoTask() {
    assertEquals(List.of(), tasks("The Board agreed to renew the insurance for one year."));
    assertEquals(List.of(), tasks("This will now be done annually."));
    assertEquals(List.of(), tasks("Hamrick will be away in May."));
    assertEquals(List.of(), tasks("Die Motion will nur das ändern."));
    assertEquals(List.of(), tasks("Henning ska vara med på mötet."));
    // A body deciding to act itself is the decision.
    assertEquals(List.of(), TASKS.find("Styret går videre med prosjektet og søker om midler.", true));
  }

  @Test
  void anItemsTasksAreItsActionsUnlessTheMinutesHaveAnActionColumn() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .line("Data Governance Minutes", 16, true).gap(6)
        .line("Date: 2021-11-11").line("Present: Carl Bromfield, Anna Hamrick").gap(12)
        .bold("1. Pronouns").gap(6)
        .line("The portal went live last Friday. Hamrick will bring up the issue with the registrar.").gap(6)
        .line("Action: Bromfield to draft email to associate deans").gap(12)
        .bold("2. Good of the order").gap(6)
        .line("No other business.");
    Minutes m = MinutesParser.builder().ocr(dev.minutes.extract.ocr.OcrMode.NEVER).build().parse(pdf.bytes(), "dg.pdf");
    Item first = m.items().get(0);
    assertEquals(List.of(new Action("Hamrick will bring up the issue with the registrar.", null, null, "Hamrick"),
        new Action("Bromfield to draft email to associate deans", null, null, "Bromfield")), first.actions());
    assertEquals(List.of(), m.items().get(1).actions());
  }
}
