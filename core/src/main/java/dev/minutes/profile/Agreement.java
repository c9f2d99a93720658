package dev.minutes.profile;

import dev.minutes.internal.OneToOne;
import dev.minutes.learn.Similarity;
import dev.minutes.model.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * How far two readings of one document find the same items: the F1 of their items matched one to one, an item
 * matching another of the same identifier (both without one) and a title at least {@value #TITLE} alike.
 */
public final class Agreement {
  static final double TITLE = 0.85;

  private Agreement() {}

  public static double items(List<Item> a, List<Item> b) {
    List<Item> x = flat(a, new ArrayList<>()), y = flat(b, new ArrayList<>());
    if (x.isEmpty() && y.isEmpty()) return 1;
    int same = OneToOne.matches(x, y, Agreement::same);
    return same == 0 ? 0 : 2.0 * same / (x.size() + y.size());
  }

  /** The same identifier (both without one) and a title at least {@value #TITLE} alike. */
  private static boolean same(Item a, Item b) {
    return key(a.number()).equals(key(b.number())) && Similarity.of(a.title(), b.title()) >= TITLE;
  }

  /**
   * {@code items} with the decisions of {@code other}'s same items (same identifier, title alike) where theirs are
   * none.
   */
  public static List<Item> fill(List<Item> items, List<Item> other) {
    List<Item> pool = flat(other, new ArrayList<>());
    List<Item> out = new ArrayList<>();
    for (Item i : items) {
      Item same = null;
      for (Item o : pool) {
        if (same(i, o)) {
          same = o;
          break;
        }
      }
      List<String> decisions = i.decisions().isEmpty() && same != null ? same.decisions() : i.decisions();
      out.add(new Item(i.number(), i.level(), i.title(), i.caseNumber(), i.pages(), i.description(), i.notes(),
          i.proposal(), i.actions(), decisions, i.attachments(), i.mentions(), fill(i.items(), other)));
    }
    return out;
  }

  /** How many decisions the items record, their sub-items' included. */
  public static int decisions(List<Item> items) {
    int n = 0;
    for (Item i : flat(items, new ArrayList<>())) n += i.decisions().size();
    return n;
  }

  /** The characters of text the items hold: descriptions, notes, proposals, decisions and actions. */
  public static long content(List<Item> items) {
    long n = 0;
    for (Item i : flat(items, new ArrayList<>())) {
      for (List<String> texts : List.of(i.description(), i.notes(), i.proposal(), i.decisions())) {
        for (String t : texts) n += t.length();
      }
      for (var a : i.actions()) n += a.text() == null ? 0 : a.text().length();
    }
    return n;
  }

  private static String key(String number) {
    return number == null ? "" : number.replaceAll("[\\s§.]", "");
  }

  private static List<Item> flat(List<Item> items, List<Item> into) {
    for (Item i : items) {
      into.add(i);
      flat(i.items(), into);
    }
    return into;
  }
}
