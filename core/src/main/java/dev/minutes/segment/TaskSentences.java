package dev.minutes.segment;

import dev.minutes.lexicon.Lexicon;
import dev.minutes.lexicon.WordClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tasks a paragraph of minutes gives, written in its running text rather than in an action column. Rules:
 * <ul>
 *   <li>a paragraph that opens with an action label ({@code Action:}, {@code Action item:}, {@code ACTION -},
 *       {@code ACTION} in capitals, after a bullet if any) gives the task written after the label;</li>
 *   <li>a sentence, or a clause after a comma or {@code and}, whose subject is a participant the header names (by a name,
 *       the initials printed beside it, or the first letters of its words), someone written with an initial before
 *       the surname ({@code Z. Maiorca}), or an office
 *       ({@code The Board}, {@code Staff}, {@code The Chair}, {@code Styrelsen}), followed by {@code will},
 *       {@code to}, {@code shall}, {@code is to}, {@code agreed to}, {@code volunteered to}, {@code offered to},
 *       {@code undertook to} or {@code needs to}, or the modal {@code ska}/{@code skal}, and a verb, gives that
 *       subject a task ({@code Hamrick will speak to Ryder …}, {@code Bromfield to draft email …}, {@code DO agreed
 *       to look into this matter}); a body that agrees ({@code The Board agreed to …}), or that decides to act
 *       itself, decides and gives no task, and an office with a bare infinitive ({@code Clerk to record all
 *       resolutions …}) states a standing duty;</li>
 *   <li>a sentence that reports what its subject said it would do ({@code The Chair shared that she would send …},
 *       {@code She mentioned her intention to report on …}) gives that subject a task (none named for a pronoun);</li>
 *   <li>a sentence in the passive with its agent ({@code A background check will be done by Paulette}) gives the agent
 *       a task;</li>
 *   <li>a sentence in which a body gives someone a task ({@code we direct municipal staff to research …},
 *       {@code överlåta till styrelsen att utse …}) gives it them;</li>
 *   <li>a sentence whose subject is a participant or a name of two capitalised words or more ({@code Carina
 *       Ventin}, {@code Magistratsafdelingen for Teknik og Miljø}) followed by a phrase of the lexicon that gives a
 *       task ({@code sammankallar}, {@code udarbejder}, {@code tar på sig att}) gives that subject a task.</li>
 * </ul>
 * The task's text is the sentence (or the label's text) as written, without a leading bullet.
 */
public final class TaskSentences {
  /** A task: what is to be done, and who is to do it (null where the sentence does not say). */
  public record Task(String text, String responsible) {}

  private static final String BULLET = "(?:[-–•●○■▪◦]\\s*|o\\s+(?=\\p{Lu}))?";
  private static final Pattern LEADING_BULLET = Pattern.compile("^" + BULLET);
  /** An action label opening a paragraph, the task after it in group 1. */
  private static final Pattern LABEL = Pattern.compile("^" + BULLET + "(?:(?i:action(?:\\s+items?|\\s+points?)?|actions)"
      + "\\s*(?::|\\s[-–]\\s)|ACTION\\s)\\s*(\\S.*)$");
  /** The offices that may be given a task: English, and the boards of the Scandinavian and German languages. */
  private static final String OFFICE = "(?:(?:\\p{Lu}\\p{Ll}*\\s+(?:\\p{Ll}+\\s+)?)?(?:styrelsen|bestyrelsen|styret)"
      + "|(?:[Tt]he\\s+)?(?:Board|Staff|[Mm]unicipal\\s+[Ss]taff|Chair|Chairman|Chairperson"
      + "|Committee|Clerk|Treasurer|Secretary|President|Director|Manager|Chief\\s+Executive|Council)"
      + "|Styrelsen|Bestyrelsen|Styret|Kansliet|Sekretariatet|Der\\s+Vorstand|Vorstand)";
  /**
   * A body that gives someone a task: "we direct municipal staff to research …", "provided direction to Staff to
   * prepare …", "överlåta till styrelsen att utse …", "uppdrar åt förvaltningen att …"; who is to act in group 1.
   */
  private static final Pattern DELEGATES = Pattern.compile("(?iu)\\b(?:(?:direct|instruct|authori[sz]e|ask|request)(?:s|ed)?"
      + "|(?:provided|gave|gives|give)\\s+direction\\s+to)\\s+((?:the\\s+)?(?:(?!(?:for|of|from|with|by)\\b)\\p{L}+\\s+){0,3}?"
      + "(?:staff|administration|clerk|treasurer|secretary|manager|director|officers?|board|committee|chair))"
      + "\\s+to\\s+(?!be\\b)\\p{Ll}"
      + "|\\b(?:överlåta|överlåter|överlät|uppdra|uppdrar|uppdrog|ge|ger|gav)\\s+(?:i\\s+uppdrag\\s+)?(?:till|åt)\\s+"
      + "((?:\\p{L}+\\s+){0,2}?(?:styrelsen|förvaltningen|kansliet|ordföranden|sekreteraren|kassören|valberedningen))"
      + "\\s+att\\s+\\p{Ll}");
  private static final Pattern OFFICES = Pattern.compile(OFFICE + "(?:(?:,?\\s+(?:and|och|og|und)\\s+|,\\s*|\\s*&\\s*)"
      + OFFICE + ")*");
  /** A body that meets and decides. */
  private static final Pattern BODY = Pattern.compile("(?:[Tt]he\\s+)?(?:Board|Committee|Council)|Styrelsen|Bestyrelsen|Styret"
      + "|(?:Der\\s+)?Vorstand");
  /** A body's agreement: a decision. */
  private static final Pattern BODY_AGREES = Pattern.compile("^(?:[Tt]he\\s+)?(?:Board|Committee|Council|Members|Meeting)"
      + "\\s+(?:\\w+ly\\s+)?agreed\\b");
  private static final String CAPITALISED = "\\p{Lu}[\\p{Ll}][\\p{L}'’-]*";
  /** A name of two capitalised words or more, small connecting words between them. */
  private static final Pattern NAME_PHRASE = Pattern.compile("^(?!(?:The|Die|Der|Das|Den|Det|This|That)\\b)" + CAPITALISED
      + "(?:\\s+(?:(?:for|og|och|of|und|and|&)\\s+)?" + CAPITALISED + "){1,5}");
  /**
   * Sentences end at a stop followed by a capital or a bullet, not at an initial's or a title's ("Z. Maiorca"); a
   * spaced dash before a capital sets a run-in part apart ("… emergency maps – Paulette will send …").
   */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\b(?:\\p{Lu}|Dr|Mr|Mrs|Ms|St|Nr|No)\\.)"
      + "\\s+(?=[\\p{Lu}•●○■▪-])|\\s+[–—]\\s+(?=\\p{Lu})");
  private static final Pattern WORD = Pattern.compile("\\S+");
  /** Where a clause joined to the one before begins. */
  private static final Pattern CLAUSE = Pattern.compile("(?:[,;]\\s*|\\s)(?:and|och|og|und)\\s+(?=\\p{Lu})|[,;]\\s+(?=\\p{Lu})");
  /** A name's words that make its initials: capitalised, no title before it. */
  private static final Pattern NAME_WORD = Pattern.compile("(?<![\\p{L}-])(?!(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof|Rev|Sir)\\b)\\p{Lu}\\p{Ll}+");


  private final Pattern english;
  private final Pattern subject;
  private final Pattern reported;
  private final Pattern passive;

  private TaskSentences(Pattern english, Pattern subject, Pattern reported, Pattern passive) {
    this.english = english;
    this.subject = subject;
    this.reported = reported;
    this.passive = passive;
  }

  /** Subjects of reported speech that name no one. */
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("He", "She", "They");
  /** A verb that reports what someone said they would do. */
  private static final String REPORTING = "(?:shared|said|confirmed|stated|indicated|advised|explained|agreed|mentioned)";

  /**
   * The recogniser for minutes whose participants are {@code names} (as listed: full names or surnames) with
   * {@code initials} (as printed beside them, or by themselves: {@code DO}, {@code AHol}).
   */
  public static TaskSentences of(Collection<String> names, Collection<String> initials) {
    TreeSet<String> tokens = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
    for (String name : names) {
      Matcher m = WORD.matcher(name == null ? "" : name);
      while (m.find()) {
        String t = m.group().replaceAll("[,;()]", "");
        if (t.length() > 2 && Character.isUpperCase(t.charAt(0)) && t.chars().anyMatch(Character::isLowerCase)) tokens.add(t);
      }
      // Minutes name their participants by initials too: the first letters of a name's words (Andrew Payne, AP).
      StringBuilder made = new StringBuilder();
      Matcher w = NAME_WORD.matcher(name == null ? "" : name);
      while (w.find()) made.append(w.group().charAt(0));
      if (made.length() >= 2 && made.length() <= 3) tokens.add(made.toString());
    }
    for (String i : initials) if (i != null && i.matches("\\p{Lu}[\\p{L}]{1,4}")) tokens.add(i);
    StringBuilder who = new StringBuilder(OFFICE);
    for (String t : tokens) who.append('|').append(Pattern.quote(t));
    // A participant, an office, or anyone written with an initial before the surname (Z. Maiorca).
    String person = "(?:(?:\\p{Lu}\\.\\s*)?(?:" + who + ")(?:\\s+" + CAPITALISED + ")?|\\p{Lu}\\.\\s*" + CAPITALISED + ")";
    String persons = person + "(?:(?:,?\\s+(?:and|och|og|und)\\s+|,\\s*|\\s*&\\s*)" + person + ")*";
    // "will", "to", "agreed to" …; and the modal that gives a task in the Scandinavian languages (ska, skall, skal).
    Pattern english = Pattern.compile("^" + BULLET + "(" + persons + ")\\s+(?:(?:also\\s+)?(will|shall|to|is\\s+to|are\\s+to"
        + "|agreed\\s+to|volunteered\\s+to|offered\\s+to|undertook\\s+to|has\\s+agreed\\s+to|have\\s+agreed\\s+to"
        + "|needs?\\s+to)\\s+(?!(?:be|have|not|the|a|an)\\b)"
        + "|(?:ska|skall|skal)\\s+(?!(?:vara|være|ha|inte|ikke|ikkje|kunna|kunne)\\b))\\p{Ll}");
    Pattern subject = Pattern.compile("^" + BULLET + "(" + persons + ")\\s+");
    // Reported speech: "The Chair shared that she would send …"; "She mentioned her intention to report on …".
    Pattern reported = Pattern.compile("^" + BULLET + "(" + persons + "|He|She|They)\\s+(?:" + REPORTING
        + "\\s+(?:that\\s+)?(?:he|she|they|we)\\s+would|(?:mentioned|expressed|stated|confirmed|indicated)\\s+"
        + "(?:his|her|their)\\s+intention\\s+to)\\s+(?!(?:be|have|not|like|need|the|a|an)\\b)\\p{Ll}");
    // The passive with its agent: "A background check will be done by Paulette with CBI."
    Pattern passive = Pattern.compile("\\bwill\\s+be\\s+(?!(?:chaired|attended|joined|represented|led|hosted)\\b)"
        + "\\p{Ll}+\\s+by\\s+(" + persons + ")(?![\\p{L}])");
    return new TaskSentences(english, subject, reported, passive);
  }

  /**
   * The tasks {@code paragraph} gives; none where it gives none. Where the paragraph records a decision ({@code
   * decided}), an action label before it marks what was decided ({@code ACTION Vote Response: Yes …}), no task.
   */
  public List<Task> find(String paragraph, boolean decided) {
    List<Task> tasks = new ArrayList<>();
    Matcher label = LABEL.matcher(paragraph);
    if (label.matches()) {
      if (decided) return tasks;
      String text = label.group(1).strip();
      Task given = task(text);
      tasks.add(new Task(text, given == null ? null : given.responsible()));
      return tasks;
    }
    for (String sentence : SENTENCE_END.split(paragraph)) {
      Task t = task(sentence.strip());
      // A clause after a comma or "and" may give the task: "… was suggested and DO will compile a spend profile."
      Matcher and = CLAUSE.matcher(sentence);
      while (t == null && and.find()) t = task(sentence.substring(and.end()).strip());
      // A body that decides to act itself records a decision, no task: "Vedtak: Styret går videre med prosjektet …".
      if (t != null && !(decided && t.responsible() != null && BODY.matcher(t.responsible()).matches())) tasks.add(t);
    }
    return tasks;
  }

  /** The task a sentence gives by its subject and predicate, or by the body that delegates it; or null. */
  private Task task(String sentence) {
    String text = LEADING_BULLET.matcher(sentence).replaceFirst("");
    if (BODY_AGREES.matcher(text).find()) return null;
    Matcher d = DELEGATES.matcher(text);
    if (d.find()) return new Task(text, (d.group(1) != null ? d.group(1) : d.group(2)).strip());
    Matcher m = english.matcher(sentence);
    // An office with a bare infinitive states a standing duty ("Clerk to record all resolutions …"); a person's is a task.
    if (m.find() && !("to".equals(m.group(2)) && OFFICES.matcher(m.group(1)).matches())) return new Task(text, m.group(1).strip());
    Matcher by = passive.matcher(text);
    if (by.find()) return new Task(text, by.group(1).strip());
    Matcher r = reported.matcher(sentence);
    if (r.find()) return new Task(text, PRONOUNS.contains(r.group(1)) ? null : r.group(1).strip());
    Matcher s = subject.matcher(sentence);
    if (s.find() && Lexicon.standard().startsWith(sentence.substring(s.end()), WordClass.ACTION_CUE)) {
      return new Task(text, s.group(1).strip());
    }
    Matcher n = NAME_PHRASE.matcher(text);
    if (n.find() && text.startsWith(" ", n.end()) && Lexicon.standard().startsWith(text.substring(n.end() + 1), WordClass.ACTION_CUE)) {
      return new Task(text, n.group());
    }
    return null;
  }
}
