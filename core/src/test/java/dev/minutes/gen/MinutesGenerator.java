package dev.minutes.gen;

import dev.minutes.LabelSet;
import dev.minutes.fixtures.Style;
import dev.minutes.model.Action;
import dev.minutes.model.Attachment;
import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.model.Minutes;
import dev.minutes.model.Participant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes random but realistic minutes with known truth, and a random style to draw them in. The same
 * seed always gives the same document and style, so a failure can be replayed from its seed.
 *
 * <p>What it varies: items at depth 1 to 3 with numbering past 9 and 10, long titles that wrap, every
 * combination of optional sections, 0 to 5 actions with and without a responsible person and a due
 * date, month-first, day-first and ISO dates, lists and sub-headings in notes, lines that start with
 * numbers, paragraphs that start with label words, attachments with odd names, items long enough to
 * cross pages; and in the style: font family and size, headings told by weight, size or not at all,
 * running headers and page numbers or none, actions below or beside their text, Swedish or English labels.
 */
public final class MinutesGenerator {
  private static final String[] FIRST = {"Lisa", "Magnus", "Karin", "Ulf", "Per-Eric", "Margaretha", "Jimmy", "Karolina",
      "Anna", "Tom", "Priya", "Olof", "Åsa", "Björn", "Örjan", "Maria", "Jan", "Sofia", "Kim", "Frida"};
  private static final String[] LAST = {"Andersson Lindberg", "Haglund", "Ahnqvist", "Månsson", "Magnusson", "Alfredsson",
      "Johansson", "Berg", "Hughes", "Natarajan", "Ek", "Öberg", "Törner", "Lopez-Garcia", "Sjölander", "Nilsson",
      "Tjärnström", "Hallgren", "Bergman", "Forsberg"};
  private static final String[] PLACES = {"Rex (telegrafen)", "Umeå, Stadshuset, plan 3", "Room 4B, City Hall",
      "Teams", "Bjurholm kommunhus - sammanträdesrum Älgen", "Vännäs, Folkets hus"};
  private static final String[] SV = ("kommunchefsgruppen diskuterade frågan om gemensam växel och kundtjänst samt "
      + "utvecklingen av e-tjänster inom regionen där arbetet fortsätter enligt plan med stöd av kansliet och "
      + "representanter från samtliga kommuner som deltar i samverkan kring budget uppföljning och vision för "
      + "kommande mandatperiod med särskilt fokus på hållbar utveckling digitalisering och tillgänglighet för "
      + "medborgare i hela umeåregionen").split(" ");
  private static final String[] EN = ("the group discussed the shared catalogue and the training plan for staff in all "
      + "member libraries while the migration of records continues as planned with support from the vendor and "
      + "representatives of every region taking part in the budget review and the vision for the coming period with "
      + "particular focus on access opening hours and digital services for users").split(" ");
  private static final String[] ODD_FILES = {"6.1)Utfall tom okt + prognos återstående.docx", "Bilaga 3 (rev. 2).xlsx",
      "protokoll_2018-11-14_v2.PDF", "Presentation – Umeå & Vännäs.pptx", "Fördelningsnyckel 2019.xlsx",
      "minutes 2019-02-14.pdf", "KC 12-3 underlag.docx", "Budget; förslag 2.ods"};
  private static final String[] FAMILIES = {"HELVETICA", "TIMES", "COURIER"};
  private static final String[] PAGE_NUMBERS = {null, "%d/%d", "Sida %d av %d", "%d(%d)", "%d (%d)", "Page %d of %d"};

  /** A generated case: the truth, the style to draw it in, and a one-line account of the style. */
  public record Case(long seed, Minutes truth, Style style, String styleName) {}

  private final Random r;
  private final Random extra;
  private final boolean english;
  private final String[] words;
  private final DateFormat dates;
  private final List<String> people = new ArrayList<>();

  enum DateFormat { MONTH_FIRST, DAY_FIRST, ISO }

  private MinutesGenerator(long seed) {
    this.r = new Random(seed);
    this.extra = new Random(seed ^ 0x5DEECE66DL);
    this.english = r.nextInt(4) == 0;
    this.words = english ? EN : SV;
    int d = r.nextInt(10);
    this.dates = d < 6 ? DateFormat.MONTH_FIRST : d < 8 ? DateFormat.ISO : DateFormat.DAY_FIRST;
  }

  public static Case generate(long seed) {
    MinutesGenerator g = new MinutesGenerator(seed);
    Minutes truth = g.minutes();
    Style style = g.style();
    String name = String.format("%s %s %.1fpt headings=%s actions=%s runningHeader=%s pageNumbers=%s dates=%s",
        g.english ? "en" : "sv", style.family(), style.bodySize(), style.headings(),
        style.actionsBeside() ? "beside" : "below", style.runningHeader(), style.pageNumbers(), g.dates);
    return new Case(seed, truth, style, name);
  }

  private Style style() {
    LabelSet labels = english ? LabelSet.ENGLISH : LabelSet.SWEDISH;
    String headings = new String[] {"bold", "bold", "size", "plain"}[r.nextInt(4)];
    return Style.plain(labels).withFamily(FAMILIES[r.nextInt(FAMILIES.length)])
        .withBodySize(9 + r.nextInt(7) * 0.5f)
        .withHeadings(headings)
        .withActionsBeside(r.nextBoolean(), r.nextBoolean())
        .withRunningHeader(r.nextInt(3) == 0)
        .withPageNumbers(PAGE_NUMBERS[r.nextInt(PAGE_NUMBERS.length)])
        .withDescriptionLabel(r.nextBoolean())
        .withTitleWidth(headings.equals("plain") ? 470 : 240 + r.nextInt(240))
        .withParagraphGap(0.3f + r.nextInt(4) * 0.2f)
        .withSubheadingsBold(r.nextBoolean());
  }

  private Minutes minutes() {
    int n = 2 + r.nextInt(10);
    for (int i = 0; i < n; i++) people.add(FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)]);
    List<String> unique = people.stream().distinct().toList();
    people.clear();
    people.addAll(unique);
    List<Participant> participants = new ArrayList<>();
    boolean organizer = r.nextInt(4) > 0;
    for (int i = 0; i < people.size(); i++) {
      participants.add(organizer && i == 0 ? new Participant(people.get(i), Participant.ORGANIZER, organizerMarker(), null, null)
          : new Participant(people.get(i), null));
    }
    LocalDate day = LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
    int start = 8 + r.nextInt(8);
    String title = capital(english ? "Steering group meeting, " + words(1, 3) : "Kommunchefsmöte, " + words(1, 3));
    Meeting meeting = new Meeting(title, day.toString(), String.format("%02d:%02d", start, 15 * r.nextInt(4)),
        r.nextInt(5) == 0 ? null : String.format("%02d:%02d", start + 1 + r.nextInt(4), 15 * r.nextInt(4)),
        PLACES[r.nextInt(PLACES.length)], participants);
    int top = r.nextInt(6) == 0 ? 10 + r.nextInt(3) : 1 + r.nextInt(8);
    List<Item> items = new ArrayList<>();
    for (int i = 1; i <= top; i++) {
      int kids = r.nextInt(5) == 0 ? r.nextInt(12) : 0;
      items.add(item(String.valueOf(i), kids, 1));
    }
    ensureDateEvidence(items);
    return new Minutes("1", null, meeting, items, List.of());
  }

  /**
   * The organizer's marker: the label set's own, or in one English document in five the Swedish one, as
   * exports that mix languages write it. Drawn from its own random source, so earlier seeds keep their documents.
   */
  private String organizerMarker() {
    return english && extra.nextInt(5) == 0 ? "Organisatör" : english ? "Organizer" : "Organisatör";
  }

  private Item item(String number, int kids, int level) {
    List<Item> children = new ArrayList<>();
    for (int k = 1; k <= kids; k++) {
      int grandchildren = level == 1 && r.nextInt(6) == 0 ? 1 + r.nextInt(3) : 0;
      children.add(item(number + "." + k, grandchildren, level + 1));
    }
    String title = capital(r.nextInt(5) == 0 ? words(12, 22) : words(1, 7));
    boolean longItem = r.nextInt(8) == 0;
    List<String> description = r.nextInt(10) < 4 ? paragraphs(1, 3) : List.of();
    List<String> notes = r.nextInt(10) < 7 ? paragraphs(1, longItem ? 14 : 5) : List.of();
    List<Action> actions = r.nextInt(10) < 3 ? actions() : List.of();
    List<String> decisions = r.nextInt(10) < 3 ? decisions() : List.of();
    List<Attachment> attachments = new ArrayList<>();
    if (r.nextInt(4) == 0) {
      for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) attachments.add(new Attachment(ODD_FILES[r.nextInt(ODD_FILES.length)]));
    }
    return new Item(number, level, title, List.of(), description, notes, actions, decisions, attachments, children);
  }

  private List<String> paragraphs(int min, int max) {
    List<String> out = new ArrayList<>();
    int n = min + r.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(20);
      if (kind == 0 && i + 1 < n) {
        out.add(capital(words(1, 3)));                     // a sub-heading
      } else if (kind == 1) {
        for (int j = 0, m = 1 + r.nextInt(4); j < m; j++) out.add("- " + capital(words(1, 6)));
      } else if (kind == 2) {
        out.add((2015 + r.nextInt(10)) + (english ? " budget " : " års budget ") + words(2, 8) + ".");
      } else if (kind == 3) {
        out.add(english ? "Decisions on " + words(3, 10) + "." : "Beslut om att " + words(3, 10) + ".");
      } else if (kind == 4) {
        out.add(capital(words(3, 8)) + " " + (100 + r.nextInt(900)) + " 000 kr " + words(2, 6) + ".");
      } else if (kind == 5) {
        out.add(english ? "The PA-system and the co- and self-financed projects " + words(2, 6) + "."
            : "Det gemensamma PA-systemet och samverkans- och samarbetsområden " + words(2, 6) + ".");
      } else {
        out.add(sentences(1, 4));
      }
    }
    return out;
  }

  private List<String> decisions() {
    if (r.nextInt(3) > 0) return paragraphs(1, 2);
    List<String> out = new ArrayList<>();
    out.add(english ? "The group decides" : "Kommunchefsgruppen beslutar");
    for (int i = 1, n = 2 + r.nextInt(3); i <= n; i++) out.add(i + (english ? ". to " : ". att ") + words(2, 9));
    return out;
  }

  private List<Action> actions() {
    List<Action> out = new ArrayList<>();
    for (int i = 0, n = r.nextInt(6); i < n; i++) {
      String text = r.nextInt(6) == 0 ? (2 + r.nextInt(5)) + " " + words(2, 12) : capital(words(2, 20));
      LocalDate due = r.nextInt(7) == 0 ? null : LocalDate.of(2018 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
      String who = r.nextInt(4) == 0 ? null : people.get(r.nextInt(people.size()));
      out.add(new Action(text, due == null ? null : due.toString(), due == null ? null : raw(due), who));
    }
    return out;
  }

  private String raw(LocalDate d) {
    return switch (dates) {
      case ISO -> d.toString();
      case MONTH_FIRST -> d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
      case DAY_FIRST -> d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    };
  }

  /**
   * A document whose slashed dates are all ambiguous cannot say their order; the exports write month
   * first, so a day-first document gets one date that shows it (as real day-first documents do).
   */
  private void ensureDateEvidence(List<Item> items) {
    if (dates != DateFormat.DAY_FIRST) return;
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      List<Action> actions = new ArrayList<>(it.actions());
      actions.add(new Action(capital(words(2, 6)), "2019-12-20", "20/12/2019", null));
      items.set(i, new Item(it.number(), it.level(), it.title(), it.pages(), it.description(), it.notes(), actions,
          it.decisions(), it.attachments(), it.items()));
      return;
    }
  }

  private String sentences(int min, int max) {
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = min + r.nextInt(max - min + 1); i < n; i++) {
      if (s.length() > 0) s.append(' ');
      String sentence = capital(words(4, 18));
      if (r.nextInt(4) == 0) sentence += " " + people.get(r.nextInt(people.size()));
      s.append(sentence).append(r.nextInt(8) == 0 ? "?" : ".");
    }
    return s.toString();
  }

  private String words(int min, int max) {
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = min + r.nextInt(max - min + 1); i < n; i++) {
      if (s.length() > 0) s.append(' ');
      s.append(words[r.nextInt(words.length)]);
    }
    return s.toString();
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
