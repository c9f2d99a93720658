package dev.minutes.gen;

import dev.minutes.fixtures.families.PdfBoxPrint;
import dev.minutes.fixtures.families.Print;
import dev.minutes.fixtures.families.Print.Block;
import dev.minutes.fixtures.families.Print.Cell;
import dev.minutes.fixtures.families.Print.Grid;
import dev.minutes.fixtures.families.Print.Look;
import dev.minutes.fixtures.families.Print.P;
import dev.minutes.fixtures.families.Print.Rule;
import dev.minutes.fixtures.families.Print.Running;
import dev.minutes.fixtures.families.Print.Section;
import dev.minutes.fixtures.families.Print.TocLine;
import dev.minutes.model.Action;
import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.model.Minutes;
import dev.minutes.model.Participant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Random but realistic documents of two families with known truth, each drawn in a generated style by
 * {@link PdfBoxPrint}: municipal §-protocols ({@code paragraph-protocol}) and English board minutes
 * ({@code board-minutes}). The same seed always gives the same document and style; {@link Case#features()} names the
 * style's traits that the property test may have to allow for (see {@code GeneratedFamiliesProperties}).
 *
 * <p>§-protocols vary: {@code § 13} or {@code 13 §}; each § on a page of its own under a running header
 * ({@code Protokoll 13 § 28.03.2023 Sida}) with a table of contents with dot leaders, or the §§ flowing under a
 * municipality's header; the header's label column ({@code Organ}, {@code Sammanträdestid} with the date and times
 * in three forms, {@code Sammanträdesplats}/{@code Plats}) and its lists ({@code Beslutande} one a line with roles, in
 * one column of {@code [X]}/{@code [ ]} boxes or in two columns with the substitutes, {@code Ersättare},
 * {@code Övriga närvarande} with roles, {@code Justerare}), names first-last or last-first; case numbers as
 * {@code Dnr KS 2023/12} under the heading or {@code ABC/123/00.01/2023} right-aligned above it; descriptions under
 * {@code Ärendebeskrivning}, {@code Beredning}, {@code Bakgrund} or no label; {@code Yrkanden}; proposals under
 * {@code Förslag:}, {@code Förslag till beslut} or {@code <Officer>s förslag:}; decisions under
 * {@code <Organ>s beslut:} or {@code Beslut}; {@code Beslutsunderlag} and {@code Expedieras} (not text of the
 * model); {@code _____} rules; text flush or indented under labels; appeal instructions after the last §; Helvetica
 * or Times at 9.5 to 11 pt.
 *
 * <p>Board minutes vary: a ruled header table ({@code Title of Meeting}, {@code Date}, {@code Place}, {@code Time},
 * {@code Attendees}, {@code Apologies}, {@code Invited}) or labelled lines ({@code Present:}, {@code Apologies:},
 * {@code In attendance:}) after a {@code held on …} line; initials and roles in parentheses; dates as
 * {@code 5th March 2019} or {@code 5 March 2019}, times as {@code 7.30pm – 9.15pm} or {@code 19:30 – 21:15};
 * items {@code 1.} with sub-items {@code 1.1}, some of them plain numbered paragraphs whose first sentence is the
 * title; decisions ({@code RESOLVED that …}, {@code The Board agreed …}, {@code It was agreed that …}); tasks with an
 * {@code ACTION: DT} line or the initials in a right-hand {@code Action} column.
 */
public final class FamilyGenerator {
  /** A generated document: the truth, the print, its style in words, and the traits the test allows for. */
  public record Case(long seed, String family, Minutes truth, Print.Document doc, String styleName, Set<String> features) {
    public byte[] pdf() {
      return PdfBoxPrint.render(doc);
    }
  }

  private static final String[] FIRST = {"Anna", "Per", "Karin", "Mats", "Lena", "Erik", "Sara", "Johan", "Maria",
      "Tobias", "Eva", "Henrik", "Stina", "Patrik", "Åsa", "Björn", "Örjan", "Linnea", "Jonas", "Marléne"};
  private static final String[] LAST = {"Lind", "Holm", "Sjödin", "Nyberg", "Ström", "Dahl", "Ek", "Strand", "Berg",
      "Wiik", "Söderberg", "Björk", "Nyman", "Grönroos", "Åkerlund", "Lindqvist", "Frostdahl-Blomqvist", "Forsman",
      "Öhman", "Mattsson"};
  private static final String[] ORGANS = {"Bildningsnämnden", "Kommunstyrelsen", "Tekniska nämnden",
      "Socialnämnden", "Personalsektionen", "Miljö- och byggnämnden", "Kultur- och fritidsnämnden"};
  private static final String[] TOWNS = {"Strandvik", "Norrvik", "Ekeby", "Västerås", "Nykarleby", "Lillby"};
  private static final String[] SV = ("nämnden förvaltningen kostnaderna budgeten verksamheten kommunen utredningen "
      + "förslaget ärendet avtalet planen skolan personalen enheten året perioden ansökan har visar bedöms föreslår "
      + "redovisar ska kan behöver omfattar enligt under inom efter mellan med för och att som av till på i det den "
      + "nya gemensamma tidigare samtliga ekonomiska långsiktiga tekniska sociala lokala hösten våren läsåret "
      + "invånarna fastigheterna underhållet investeringen upphandlingen tjänsterna prognosen resultatet").split(" ");
  private static final String[] SV_TOPICS = {"Budgetuppföljning", "Delårsrapport", "Investeringsplan", "Taxor och avgifter",
      "Upphandling av skolskjutsar", "Motion om solceller", "Detaljplan för hamnområdet", "Anhållan om tjänstledighet",
      "Lokalförsörjningsplan", "Uppföljning av internkontroll", "Samarbetsavtal med föreningarna", "Arbetsmiljöplan",
      "Skolornas läsårstider", "Renovering av simhallen", "Bredbandsutbyggnad", "Ändring av delegationsordningen"};
  private static final String[] OFFICERS = {"Kommundirektör", "Bildningsdirektör", "Stadsdirektör", "Förvaltningschef",
      "Socialchef", "Tekniska direktören"};
  private static final String[] ROLES_SV = {"kommundirektör", "ekonomichef", "nämndsekreterare, protokollförare",
      "förvaltningschef och föredragande", "personalchef", "sekreterare"};

  private static final String[] EN_FIRST = {"David", "Sheila", "Alan", "Evelyn", "Mike", "Rachel", "Tom", "Jane",
      "Robert", "Fiona", "Peter", "Helen", "Simon", "Margaret", "Colin", "Priya", "Owen", "Grace"};
  private static final String[] EN_LAST = {"Thomas", "Freeman", "Holmes", "Lind", "Stephens", "Ng", "Archer", "Porter",
      "Hale", "Grant", "Lowe", "Brooks", "Webb", "Dunn", "Yates", "Natarajan", "Price", "Okafor"};
  private static final String[] ORGS = {"Millbrook Community Library Trust", "Ashcombe Village Hall Trust",
      "Riverside Housing Co-operative", "Friends of Halden Park", "Northgate Arts Centre", "Eastfield Sports Club"};
  private static final String[] EN = ("the group discussed the budget plan for the coming year while the work on the "
      + "building continues with support from volunteers and staff in every team taking part in the review of "
      + "the garden the roof the heating the website and the events programme with a focus on access opening "
      + "hours and services for members the trustees noted that funding from the council remains uncertain "
      + "and that a report will follow").split(" ");
  private static final String[] EN_TOPICS = {"Welcome and apologies", "Declarations of interest", "Treasurer’s report",
      "Building and maintenance", "Events programme", "Membership", "Fundraising", "Safeguarding policy",
      "Website and communications", "Volunteers", "Garden project", "Any other business", "Date of next meeting"};
  private static final String[] EN_ROLES = {"Chair", "Secretary", "Treasurer", "Vice Chair"};
  private static final String[] EN_GUEST_ROLES = {"Library Manager", "Finance Officer", "Observer", "Centre Manager"};
  private static final String[] TASKS = {"to contact the council about the grant", "to circulate the revised policy",
      "to obtain three quotes for the repairs", "to update the website", "to book the hall for the summer event",
      "to write to the members about the changes", "to draft a plan for the next meeting",
      "to report back on the survey"};

  private final Random r;

  private FamilyGenerator(long seed) {
    this.r = new Random(seed);
  }

  public static final List<String> FAMILIES = List.of("paragraph-protocol", "board-minutes");

  public static Case generate(String family, long seed) {
    return switch (family) {
      case "paragraph-protocol" -> new FamilyGenerator(seed).protocol(seed);
      case "board-minutes" -> new FamilyGenerator(seed).board(seed);
      default -> throw new IllegalArgumentException("no generator for " + family);
    };
  }

  // ---- §-protocols ----

  private Case protocol(long seed) {
    Set<String> features = new TreeSet<>();
    boolean signAfter = r.nextBoolean();
    boolean pagePerItem = r.nextBoolean();
    if (pagePerItem) features.add("page-per-item");
    boolean lastFirst = r.nextBoolean();
    int boxes = r.nextInt(4); // 0 none, 1-2 one column, 3 two columns
    int caseStyle = r.nextInt(3); // 0 none, 1 Dnr under, 2 code above
    boolean indent = r.nextBoolean();
    String font = r.nextBoolean() ? "Helvetica" : "Times";
    float size = 9.5f + r.nextInt(4) * 0.5f;
    String organ = ORGANS[r.nextInt(ORGANS.length)];
    String town = TOWNS[r.nextInt(TOWNS.length)];
    String genitive = organ.endsWith("s") ? organ : organ + "s";
    LocalDate day = LocalDate.of(2019 + r.nextInt(6), 1 + r.nextInt(12), 1 + r.nextInt(28));
    int startH = 8 + r.nextInt(10), startM = r.nextInt(12) * 5;
    int endH = startH + 1 + r.nextInt(3), endM = r.nextInt(12) * 5;
    String start = String.format("%02d:%02d", startH, startM), end = String.format("%02d:%02d", endH, endM);
    int whenForm = r.nextInt(3);
    String when = switch (whenForm) {
      case 0 -> day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear() + " kl. " + start + " – " + end;
      case 1 -> day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear() + " kl. " + start.replace(':', '.')
          + "–" + end.replace(':', '.');
      default -> day + " kl. " + start + "–" + end;
    };
    String place = new String[] {"Stadshuset, Sjögatan 4", "Kommunhuset, Storsalen", "Rådhuset, sammanträdesrum 2",
        "Skolans aula", "Teams"}[r.nextInt(5)];
    String dots = String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());

    // People.
    List<String> names = uniqueNames(5 + r.nextInt(4), FIRST, LAST);
    List<Participant> people = new ArrayList<>();
    List<String> voting = new ArrayList<>();
    List<String> substitutes = new ArrayList<>();
    int members = names.size() - 2;
    int subs = boxes == 3 ? Math.min(2, members - 1) : r.nextInt(2);
    int nVoting = members - subs;
    for (int i = 0; i < nVoting; i++) {
      String n = name(names.get(i), lastFirst);
      String roleText = i == 0 ? "ordförande" : i == 1 && r.nextBoolean() ? "vice ordförande" : null;
      boolean present = boxes == 0 || i == 0 || r.nextInt(5) > 0;
      String role = roleText == null ? null : roleText.startsWith("vice") ? Participant.VICE_CHAIR : Participant.CHAIR;
      people.add(new Participant(n, role, roleText, boxes == 0 || present ? Participant.PRESENT : Participant.ABSENT, null));
      String line = roleText == null ? n : n + ", " + roleText;
      voting.add(boxes == 0 ? line : (present ? "[X] " : "[ ] ") + line);
    }
    for (int i = nVoting; i < members; i++) {
      String n = name(names.get(i), lastFirst);
      people.add(new Participant(n, null, null, Participant.SUBSTITUTE, null));
      substitutes.add(boxes == 3 ? "[X] " + n : n);
    }
    List<String> others = new ArrayList<>();
    for (int i = members; i < names.size(); i++) {
      String n = name(names.get(i), lastFirst);
      String roleText = i == names.size() - 1 ? "nämndsekreterare, protokollförare" : ROLES_SV[r.nextInt(ROLES_SV.length - 2)];
      String role = roleText.contains("protokollförare") ? Participant.SECRETARY : null;
      people.add(new Participant(n, role, roleText, Participant.PRESENT, null));
      others.add(n + ", " + roleText);
    }
    // The adjuster: a voting member without a role, named as in the list.
    int adjuster = -1;
    for (int i = nVoting - 1; i > 0; i--) {
      if (people.get(i).role() == null && Participant.PRESENT.equals(people.get(i).attendance())) {
        adjuster = i;
        break;
      }
    }
    boolean adjusters = adjuster > 0 && r.nextBoolean();
    if (adjusters) {
      Participant p = people.get(adjuster);
      people.set(adjuster, new Participant(p.name(), Participant.ADJUSTER, null, p.attendance(), null));
    }
    if (boxes == 3) features.add("two-column-boxes");

    // Items.
    int first = 1 + r.nextInt(200);
    int n = 2 + r.nextInt(6);
    List<Item> items = new ArrayList<>();
    List<List<String>> basis = new ArrayList<>();
    List<String> officers = new ArrayList<>();
    List<String> descLabels = new ArrayList<>();
    List<String> propLabels = new ArrayList<>();
    Set<String> titles = new LinkedHashSet<>();
    for (int k = 0; k < n; k++) {
      String number = String.valueOf(first + k);
      String title;
      do {
        title = k == 0 && r.nextBoolean() ? "Sammanträdets laglighet och beslutförhet"
            : SV_TOPICS[r.nextInt(SV_TOPICS.length)] + (r.nextBoolean() ? " " + (2019 + r.nextInt(6)) : "");
      } while (!titles.add(title));
      String caseNumber = caseStyle == 0 || r.nextInt(4) == 0 ? null : caseStyle == 1
          ? "KS " + day.getYear() + "/" + (1 + r.nextInt(300))
          : town.substring(0, 4).toUpperCase(Locale.ROOT) + "/" + (1 + r.nextInt(300)) + "/0" + r.nextInt(10) + "."
              + String.format("%02d", r.nextInt(20)) + "/" + day.getYear();
      if (caseNumber != null && caseStyle == 2 && pagePerItem) features.add("case-number-above-on-its-page");
      if (caseNumber != null && caseStyle == 1) features.add("case-number-under");
      List<String> description = paragraphs(0, 3, SV);
      List<String> notes = r.nextInt(5) == 0 ? List.of(name(names.get(r.nextInt(nVoting)), false) + " yrkar bifall till förslaget.")
          : List.of();
      List<String> proposal = r.nextInt(4) == 0 ? List.of() : paragraphs(1, 2, SV);
      List<String> decisions = r.nextInt(3) == 0 ? List.of(proposal.isEmpty() ? "Ärendet antecknades för kännedom."
          : "Förslaget godkändes.") : paragraphs(1, 2, SV);
      items.add(new Item(number, 1, title, caseNumber, List.of(), description, notes, proposal, List.of(), decisions,
          List.of(), List.of(), List.of()));
      basis.add(r.nextInt(3) == 0 ? List.of("Tjänsteskrivelse " + day.minusDays(10 + r.nextInt(20)), title) : List.of());
      officers.add(OFFICERS[r.nextInt(OFFICERS.length)] + " " + names.get(members + r.nextInt(names.size() - members))
          .split(" ")[0] + " " + names.get(members).split(" ")[1]);
      descLabels.add(description.isEmpty() ? null : new String[] {"Ärendebeskrivning", "Beredning", "Bakgrund", null}[r.nextInt(4)]);
      propLabels.add(new String[] {"Förslag:", "Förslag till beslut", null}[r.nextInt(3)]);
    }
    boolean appeal = r.nextBoolean();
    boolean rules = r.nextBoolean();
    boolean toc = pagePerItem && r.nextBoolean();
    String title = pagePerItem ? "Protokoll " + (1 + r.nextInt(12)) + "/" + day.getYear() : "Sammanträdesprotokoll";
    Meeting meeting = new Meeting(title, organ, day.toString(), start, end, place, people);
    Minutes truth = new Minutes("1", null, meeting, items, List.of());

    // Print.
    Look body = Look.BODY;
    float textIndent = indent ? 62 : 0;
    Print.Builder out = new Print.Builder();
    if (!pagePerItem) {
      out.add(new Section(List.of(new Running(town.toUpperCase(Locale.ROOT) + " KOMMUN", "SAMMANTRÄDESPROTOKOLL",
          "Sida {page}({pages})"), new Running(organ, "Sammanträdesdatum " + day, "")), List.of()));
    }
    out.p(title, body.strong().size(size + 4).below(8));
    List<List<Cell>> fields = new ArrayList<>();
    fields.add(labelRow("Organ", List.of(organ)));
    fields.add(labelRow("Sammanträdestid", List.of(when)));
    fields.add(labelRow(r.nextBoolean() ? "Sammanträdesplats" : "Plats", List.of(place)));
    out.add(new Grid(List.of(120f, 340f), fields, false, 10));
    if (boxes == 3) {
      out.p("Beslutande", body.strong().below(4));
      List<List<Cell>> rows = new ArrayList<>();
      rows.add(List.of(Cell.of("ordinarie", body.strong().below(0)), Cell.of("ersättare", body.strong().below(0))));
      for (int i = 0; i < Math.max(voting.size(), substitutes.size()); i++) {
        rows.add(List.of(Cell.of(i < voting.size() ? voting.get(i) : "", body.below(0)),
            Cell.of(i < substitutes.size() ? substitutes.get(i) : "", body.below(0))));
      }
      out.add(new Grid(List.of(250f, 210f), rows, false, 10));
      List<List<Cell>> rest = new ArrayList<>();
      rest.add(labelRow("Övriga närvarande", others));
      if (adjusters) rest.add(labelRow("Justerare", List.of(people.get(adjuster).name())));
      out.add(new Grid(List.of(120f, 340f), rest, false, 14));
    } else {
      List<List<Cell>> lists = new ArrayList<>();
      lists.add(labelRow("Beslutande", voting));
      if (!substitutes.isEmpty()) lists.add(labelRow("Ersättare", substitutes));
      lists.add(labelRow("Övriga närvarande", others));
      if (adjusters) lists.add(labelRow("Justerare", List.of(people.get(adjuster).name())));
      out.add(new Grid(List.of(120f, 340f), lists, false, 14));
    }
    if (toc) {
      out.add(new Section(List.of(), List.of()));
      out.add(new P("**Ärenden**\t**Sida**", body.below(8), null, List.of(430f)));
      for (Item i : items) out.add(new TocLine(heading(i, signAfter), "p" + i.number(), body.below(3)));
      if (appeal) out.add(new TocLine("Anvisning för begäran om omprövning", "appeal", body.below(3)));
    }
    Look label = body.strong().above(8).below(3).keepNext();
    Look text = body.indent(textIndent).below(6);
    for (int k = 0; k < items.size(); k++) {
      Item i = items.get(k);
      if (pagePerItem) {
        out.add(new Section(List.of(new Running("Protokoll", i.number() + " §     " + dots, "Sida"),
            new Running(organ, "", "{page}")), List.of()));
      }
      if (i.caseNumber() != null && caseStyle == 2) {
        out.p(i.caseNumber(), body.align("right").above(pagePerItem ? 0 : 14).below(2).keepNext());
      }
      boolean above = i.caseNumber() != null && caseStyle == 2;
      out.add(new P(heading(i, signAfter), body.strong().size(size + 1).above(pagePerItem || above ? 0 : 16)
          .below(i.caseNumber() != null && caseStyle == 1 ? 1 : 8).keepNext(), "p" + i.number(), List.of()));
      if (i.caseNumber() != null && caseStyle == 1) out.p("Dnr " + i.caseNumber(), body.below(8));
      if (!i.description().isEmpty()) {
        if (descLabels.get(k) != null) out.p(descLabels.get(k), label);
        for (String p : i.description()) out.p(p, text);
      }
      if (!i.notes().isEmpty()) {
        out.p("Yrkanden", label);
        for (String p : i.notes()) out.p(p, text);
      }
      if (!basis.get(k).isEmpty()) {
        out.p("Beslutsunderlag", label);
        for (String b : basis.get(k)) out.p(b, text.below(1));
      }
      if (!i.proposal().isEmpty()) {
        out.p(propLabels.get(k) != null ? propLabels.get(k) : officers.get(k) + "s förslag:", label);
        for (String p : i.proposal()) out.p(p, text);
      }
      out.p(r.nextBoolean() ? genitive + " beslut:" : "Beslut", label);
      for (String p : i.decisions()) out.p(p, text);
      if (r.nextInt(3) == 0) out.add(new P("Expedieras:\t" + officers.get(k), body.above(4).below(4), null, List.of(62f)));
      if (rules) out.p("_____", text);
    }
    if (appeal) {
      if (pagePerItem) out.add(new Section(List.of(new Running("Protokoll", dots, "Sida"), new Running(organ, "", "{page}")), List.of()));
      out.add(new P("Anvisning för begäran om omprövning", body.strong().size(size + 1).above(pagePerItem ? 0 : 24).below(8),
          "appeal", List.of()));
      out.p("Den som är missnöjd med beslutet kan begära omprövning skriftligen inom 14 dagar från delfåendet.", body.below(6));
      out.p("Omprövning begärs hos " + organ.toLowerCase(Locale.ROOT) + ", " + place + ".", body.below(6));
    }
    Print.Document doc = new Print.Document(title, "sv", font, size, List.of(22f, 20f, 20f, 24f), out.blocks());
    String style = String.format("%s %.1fpt %s %s names=%s boxes=%s case=%s indent=%s when=%d toc=%s appeal=%s",
        font, size, signAfter ? "13§" : "§13", pagePerItem ? "page-per-item" : "flowing", lastFirst ? "last-first" : "first-last",
        new String[] {"none", "one-column", "one-column", "two-columns"}[boxes], new String[] {"none", "dnr-under", "code-above"}[caseStyle],
        indent, whenForm, toc, appeal);
    return new Case(seed, "paragraph-protocol", truth, doc, style, features);
  }

  private static String heading(Item i, boolean signAfter) {
    return (signAfter ? i.number() + " §" : "§ " + i.number()) + " " + i.title();
  }

  private static List<Cell> labelRow(String label, List<String> values) {
    List<P> ps = new ArrayList<>();
    for (String v : values) ps.add(new P(v, Look.BODY.below(0)));
    return List.of(Cell.of(label, Look.BODY.strong().below(0)), new Cell(ps));
  }

  private static String name(String firstLast, boolean lastFirst) {
    if (!lastFirst) return firstLast;
    String[] p = firstLast.split(" ");
    return p[1] + " " + p[0];
  }

  private List<String> uniqueNames(int n, String[] first, String[] last) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> lasts = new java.util.HashSet<>();
    while (out.size() < n) {
      String l = last[r.nextInt(last.length)];
      if (!lasts.add(l)) continue;
      out.add(first[r.nextInt(first.length)] + " " + l);
    }
    return new ArrayList<>(out);
  }

  private List<String> paragraphs(int min, int max, String[] words) {
    List<String> out = new ArrayList<>();
    for (int i = 0, n = min + r.nextInt(max - min + 1); i < n; i++) out.add(sentences(1, 3, words));
    return out;
  }

  private String sentences(int min, int max, String[] words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = min + r.nextInt(max - min + 1); i < n; i++) {
      if (s.length() > 0) s.append(' ');
      s.append(capital(words(5, 16, words))).append('.');
    }
    return s.toString();
  }

  private String words(int min, int max, String[] words) {
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

  // ---- board minutes ----

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  private static String ordinal(int d) {
    String sfx = d % 100 >= 11 && d % 100 <= 13 ? "th" : switch (d % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return d + sfx;
  }

  private static String pm(int h, int m) {
    int h12 = h % 12 == 0 ? 12 : h % 12;
    return h12 + (m == 0 ? "" : "." + String.format("%02d", m)) + (h < 12 ? "am" : "pm");
  }

  private Case board(long seed) {
    Set<String> features = new TreeSet<>();
    boolean table = r.nextBoolean();
    boolean column = r.nextBoolean();
    String font = r.nextBoolean() ? "Helvetica" : "Times";
    float size = 9.5f + r.nextInt(4) * 0.5f;
    String org = ORGS[r.nextInt(ORGS.length)];
    LocalDate day = LocalDate.of(2012 + r.nextInt(12), 1 + r.nextInt(12), 1 + r.nextInt(28));
    String date = (r.nextBoolean() ? ordinal(day.getDayOfMonth()) : String.valueOf(day.getDayOfMonth())) + " "
        + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    int sh = 9 + r.nextInt(11), sm = r.nextInt(4) * 15, eh = Math.min(23, sh + 1 + r.nextInt(3)), em = r.nextInt(4) * 15;
    boolean twelve = r.nextBoolean();
    String time = twelve ? pm(sh, sm) + " – " + pm(eh, em) : String.format("%02d:%02d – %02d:%02d", sh, sm, eh, em);
    String place = new String[] {"Community Room", "The Library, Meeting Room 2", "Village Hall, Church Lane",
        "Online (Zoom)", "Trust Office, 4 Mill Lane"}[r.nextInt(5)];

    List<String> names = uniqueNames(4 + r.nextInt(6), EN_FIRST, EN_LAST);
    int nGuests = r.nextInt(3);
    int nAbsent = Math.min(r.nextInt(3), names.size() - nGuests - 2);
    int nPresent = names.size() - nGuests - nAbsent;
    // In reading order: those present, the apologies, those in attendance.
    List<Participant> ordered = new ArrayList<>();
    List<String> present = new ArrayList<>(), absent = new ArrayList<>(), guests = new ArrayList<>();
    Set<String> initialsUsed = new java.util.HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String nm = names.get(i);
      String ini = initials(nm);
      if (!initialsUsed.add(ini)) ini = ini + nm.split(" ")[1].charAt(1);
      boolean guest = i >= nPresent + nAbsent;
      boolean away = !guest && i >= nPresent;
      String roleText = guest ? EN_GUEST_ROLES[r.nextInt(EN_GUEST_ROLES.length)]
          : !away && i < EN_ROLES.length && (i == 0 || r.nextBoolean()) ? EN_ROLES[i] : null;
      String role = roleText == null ? null : switch (roleText) {
        case "Chair" -> Participant.CHAIR;
        case "Vice Chair" -> Participant.VICE_CHAIR;
        case "Secretary" -> Participant.SECRETARY;
        default -> null;
      };
      ordered.add(new Participant(nm, role, roleText, away ? Participant.ABSENT : Participant.PRESENT, ini));
      String entry = nm + " (" + ini + ")" + (roleText == null ? "" : table ? "(" + roleText + ")" : " (" + roleText + ")");
      (guest ? guests : away ? absent : present).add(entry);
    }
    List<String> inits = ordered.stream().filter(p -> Participant.PRESENT.equals(p.attendance())).map(Participant::initials).toList();

    int n = 3 + r.nextInt(6);
    List<Item> items = new ArrayList<>();
    Set<String> titles = new LinkedHashSet<>();
    for (int k = 1; k <= n; k++) {
      String title;
      do {
        title = EN_TOPICS[r.nextInt(EN_TOPICS.length)];
      } while (!titles.add(title));
      List<Item> kids = new ArrayList<>();
      int nKids = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0;
      for (int c = 1; c <= nKids; c++) kids.add(boardItem(k + "." + c, 2, null, inits));
      Item parent = boardItem(String.valueOf(k), 1, title, inits);
      items.add(new Item(parent.number(), 1, parent.title(), null, List.of(), parent.description(), nKids > 0 && r.nextBoolean()
          ? List.of() : parent.notes(), parent.proposal(), nKids > 0 ? List.of() : parent.actions(), parent.decisions(), List.of(),
          List.of(), kids));
    }
    // Notes without actions where the parent's notes were dropped: keep actions consistent with notes.
    items = items.stream().map(FamilyGenerator::consistent).toList();
    String body = org + " Board";
    String title = table ? "BOARD MEETING MINUTES" : "Minutes of the meeting of the " + org + " Board";
    String fullTitle = table ? title + " " + date : title;
    Meeting meeting = new Meeting(fullTitle, table ? org + " – Board Meeting" : body, day.toString(),
        String.format("%02d:%02d", sh, sm), table || r.nextBoolean() ? String.format("%02d:%02d", eh, em) : null,
        table ? place : null, ordered);
    boolean heldWithEnd = !table && meeting.endTime() != null;
    Minutes truth = new Minutes("1", null, meeting, items, List.of());

    // The sidecar the board layout prints from.
    var json = dev.minutes.json.MinutesJson.mapper().createObjectNode();
    json.putArray("heading").add(org);
    var tl = json.putArray("titleLines");
    tl.add(title);
    if (table) tl.add(date);
    if (table) {
      var t = json.putArray("table");
      t.addArray().add("Title of Meeting").add(org + " – Board Meeting");
      t.addArray().add("Date").add(date);
      t.addArray().add("Place").add(place);
      t.addArray().add("Time").add(time);
      t.addArray().add("Attendees").add(String.join(", ", present));
      if (!absent.isEmpty()) t.addArray().add("Apologies").add(String.join(", ", absent));
      if (!guests.isEmpty()) t.addArray().add("Invited").add(String.join(" ", guests));
    } else {
      String start = twelve ? pm(sh, sm) : String.format("%02d:%02d", sh, sm);
      json.put("held", "held on " + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
          + " " + date + (heldWithEnd ? " from " + time.replace(" – ", " to ") : " at " + start));
      var l = json.putArray("labels");
      l.addArray().add("Present:").add(String.join(", ", present));
      if (!absent.isEmpty()) l.addArray().add("Apologies:").add(String.join(", ", absent));
      if (!guests.isEmpty()) l.addArray().add("In attendance:").add(String.join(", ", guests));
    }
    json.put("footer", org);
    json.put("signature", "Signed …………………………………… (Chair)    Date ……………………");
    if (column) features.add("action-column");
    if (table && guests.size() > 1) features.add("invited-on-one-line");
    if (!table) features.add("label-lines");
    List<Block> blocks = dev.minutes.fixtures.families.BoardLayout.blocks(truth, json, column ? "column" : "lines");
    Print.Document doc = new Print.Document(fullTitle, "en", font, size, List.of(20f, 20f, 22f, 22f), blocks);
    String style = String.format("%s %.1fpt header=%s actions=%s time=%s", font, size, table ? "table" : "labels",
        column ? "column" : "lines", twelve ? "12h" : "24h");
    return new Case(seed, "board-minutes", truth, doc, style, features);
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String p : name.split(" ")) b.append(p.charAt(0));
    return b.toString();
  }

  /** An item of board minutes: notes, decisions and tasks; a sub-item may be a plain paragraph titled by its first sentence. */
  private Item boardItem(String number, int level, String title, List<String> inits) {
    List<String> notes = new ArrayList<>();
    List<String> decisions = new ArrayList<>();
    List<Action> actions = new ArrayList<>();
    for (int i = 0, k = r.nextInt(3); i < k; i++) notes.add(boardSentences());
    if (r.nextInt(3) == 0) {
      decisions.add(switch (r.nextInt(3)) {
        case 0 -> "RESOLVED that the " + words(2, 5, EN) + " be noted.";
        case 1 -> "The Board agreed to " + words(3, 8, EN) + ".";
        default -> "It was agreed that the " + words(3, 8, EN) + " will go ahead.";
      });
    }
    for (int i = 0, k = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0; i < k; i++) {
      String who = inits.get(r.nextInt(inits.size()));
      String text = who + " " + TASKS[r.nextInt(TASKS.length)] + ".";
      if (notes.contains(text)) continue;
      notes.add(text);
      actions.add(new Action(text, null, null, who));
    }
    if (title == null) {
      if (!notes.isEmpty() && !notes.get(0).equals(actions.isEmpty() ? null : actions.get(0).text()) && r.nextBoolean()) {
        // A plain numbered paragraph: its first sentence is the title.
        String first = notes.get(0);
        title = first.substring(0, first.indexOf('.') + 1);
      } else {
        title = capital(words(1, 4, EN));
      }
    }
    if (notes.isEmpty() && decisions.isEmpty() && actions.isEmpty()) notes.add(boardSentences());
    return new Item(number, level, title, null, List.of(), List.of(), notes, List.of(), actions, decisions, List.of(),
        List.of(), List.of());
  }

  private String boardSentences() {
    StringBuilder s = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      if (s.length() > 0) s.append(' ');
      s.append(capital(words(5, 14, EN))).append('.');
    }
    return s.toString();
  }

  /** Actions only for task paragraphs the item still has. */
  private static Item consistent(Item i) {
    List<Action> actions = i.actions().stream().filter(a -> i.notes().contains(a.text())).toList();
    return new Item(i.number(), i.level(), i.title(), i.caseNumber(), i.pages(), i.description(), i.notes(), i.proposal(),
        actions, i.decisions(), i.attachments(), i.mentions(), i.items());
  }
}
