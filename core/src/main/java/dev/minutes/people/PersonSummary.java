package dev.minutes.people;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Mention;
import dev.minutes.model.Minutes;
import dev.minutes.model.Participant;
import java.util.ArrayList;
import java.util.List;

/** Per participant of a meeting: the actions they are responsible for, with due dates, and where they are named. */
@JsonPropertyOrder({"name", "role", "actions", "mentions"})
public record PersonSummary(String name, String role, List<Task> actions, int mentions) {
  public PersonSummary {
    actions = List.copyOf(actions);
  }

  /** An action of one person: the item it belongs to, its text and its due date (ISO, or null). */
  @JsonPropertyOrder({"item", "itemTitle", "text", "due"})
  public record Task(String item, String itemTitle, String text, String due) {}

  /** One summary per participant, in the order of the participant list. */
  public static List<PersonSummary> of(Minutes m) {
    List<Participant> people = m.meeting().participants();
    List<List<Task>> tasks = new ArrayList<>();
    int[] mentions = new int[people.size()];
    for (int i = 0; i < people.size(); i++) tasks.add(new ArrayList<>());
    for (Item item : m.allItems()) {
      for (Action a : item.actions()) {
        Integer p = a.participantIndex();
        if (p != null && p < people.size()) tasks.get(p).add(new Task(item.number(), item.title(), a.text(), a.due()));
      }
      for (Mention x : item.mentions()) {
        if (x.participantIndex() < people.size()) mentions[x.participantIndex()]++;
      }
    }
    List<PersonSummary> out = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      out.add(new PersonSummary(people.get(i).name(), people.get(i).role(), tasks.get(i), mentions[i]));
    }
    return out;
  }
}
