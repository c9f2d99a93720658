package dev.minutes.profile.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.fixtures.TinyPdf;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An action label's text with a vote's record right below it ("Action: approve additional codes …" / "Motion:
 * approved Vote: unanimous") is what was voted on: the two are one decision and no task. Set apart by a blank line,
 * the action stays a task.
 */
class VotedActionTest {
  @Test
  void anActionWithTheVoteRightBelowItIsOneDecision() throws Exception {
    TinyPdf pdf = new TinyPdf()
        .bold("Data Governance").gap(4)
        .bold("September 9, 2021").gap(12)
        .runIn("Members present:", "Robert Bromfield, Nathan Cain, Dom Daher").gap(12)
        .bold("Banner codes").gap(12)
        .line("ADLH (homeless), ADLV (violence), ADLO (other)").gap(12)
        .line("Action: approve additional codes to exclude students who need to record a local address.")
        .line("Motion: approved Vote: unanimous").gap(12)
        .bold("Building codes").gap(12)
        .line("Action: Nathan Cain will list the rooms of Fulton Flats.").gap(12)
        .line("Motion: approved Vote: unanimous");
    List<Item> items = pdf.parse(new BoardMinutesProfile(), "usf.pdf").items();
    Item banner = items.get(0);
    assertEquals(List.of("approve additional codes to exclude students who need to record a local address. Motion: approved "
        + "Vote: unanimous"), banner.decisions());
    assertEquals(List.of(), banner.actions());
    Item building = items.get(1);
    assertEquals(List.of("Motion: approved Vote: unanimous"), building.decisions());
    assertEquals(List.of("Nathan Cain will list the rooms of Fulton Flats."),
        building.actions().stream().map(Action::text).toList());
  }
}
