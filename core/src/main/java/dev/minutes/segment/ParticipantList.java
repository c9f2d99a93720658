package dev.minutes.segment;

import dev.minutes.model.Participant;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a header's list of people into participants. Rules:
 * <ul>
 *   <li>a tick box opens each entry: {@code [X]} present, {@code [ ]} absent;</li>
 *   <li>without boxes, entries are apart by commas or semicolons (lines joined first), or one a line where no
 *       line has a comma; a closing parenthesis followed by a capitalised word also ends an entry;</li>
 *   <li>in an entry, the name comes first; a part after a comma that starts in lower case is its role as written
 *       ({@code Haverinen Emilia, ordförande}); in parentheses, letters that are the name's initials are its
 *       initials ({@code David Thomas (DT)}), words without digits that are not an acronym its role
 *       ({@code (Chair)}); remote attendance ({@code distans}) and times ({@code kl. 16.15 – 17.30}) are dropped.</li>
 * </ul>
 * The role as written gives the role where it names one ({@code ordförande} and {@code Chair} → chair).
 */
public final class ParticipantList {
  private static final Pattern TICK = Pattern.compile("\\[\\s*([xX✓✔])?\\s*\\]|[☒☑]|☐");
  private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern DROPPED = Pattern.compile(
      "(?iu)^(?:på\\s+)?distans$|^via\\s+\\S+$|^(?:on\\s+)?(?:zoom|teams)$|^remote(?:ly)?$|^online$"
          + "|^(?:kl\\.?|klockan|from|till|at)?\\s*\\d{1,2}[.:]\\d{2}.*$|^§.*$|^\\d.*$");
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}][\\p{L}\\p{M}'’.-]*|[\\p{Ll}]{1,3}|[\\p{Lu}]\\.?");

  private static final Pattern SUBLABEL = Pattern.compile("(?<=\\p{L})\\s+(\\p{Lu}[\\p{L}]{1,15}:\\s)");

  /** Words that name a group, not a person: "Directors, Members and Staff" lists no one. */
  private static final java.util.Set<String> GROUPS = java.util.Set.of("members", "directors", "staff", "trustees",
      "officers", "guests", "everyone", "all", "board", "committee", "councillors", "ledamöter", "medlemmar",
      "styrelsen", "alla", "samtliga", "mitglieder", "alle");

  private ParticipantList() {}

  /**
   * An entry read from the list: the participant, whether its text looked like a name, and whether it names a
   * group ("two members of the public"), which is left out without a second thought.
   */
  public record Entry(Participant participant, boolean looksLikeName, boolean group) {
    public Entry(Participant participant, boolean looksLikeName) {
      this(participant, looksLikeName, isGroup(participant.name()));
    }
  }

  /** Words for a group of people, or a count of them: no one person. */
  public static boolean isGroup(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (GROUPS.contains(w) || COUNTS.contains(w) || w.matches("\\d+")) return true;
    }
    return false;
  }

  private static final java.util.Set<String> COUNTS = java.util.Set.of("two", "three", "four", "five", "several",
      "some", "many", "public", "två", "tre", "fyra", "flera", "allmänheten", "zwei", "drei", "mehrere");

  /**
   * The people in {@code lines} (a label's value, line by line), each with {@code attendance} unless a box says
   * otherwise and {@code role} unless the entry names one.
   */
  public static List<Entry> parse(List<String> lines, String attendance, String role) {
    return parse(lines, attendance, role, false, false);
  }

  /**
   * As above. {@code onePerLine}: each line is one person (a chair's or secretary's field); {@code residence}:
   * the last of several comma parts is a place of residence, not a role, when it is one capitalised word.
   */
  public static List<Entry> parse(List<String> lines, String attendance, String role, boolean onePerLine,
                                  boolean residence) {
    List<Entry> out = new ArrayList<>();
    if (onePerLine || residence && sameShapeLines(lines)) {
      // An officer's line names a function first ("Andreas Zuber, Grossratspräsident, Märstetten"): a residence only
      // after it; in a list, the one part after the name is the residence ("Bétrisey Karin, Kesswil").
      for (String line : lines) {
        // "Patrik Köhler och Nedzad Talovic": two people on an officer's line, where both parts are full names.
        List<String> pieces = splitOutside(line.strip(), "\\s+(?:and|och|og|und)\\s+");
        boolean two = pieces.size() > 1 && pieces.stream().allMatch(p -> p.strip().split("\\s+").length >= 2
            && looksLikeName(stripParens(p.strip())));
        for (String piece : two ? pieces : List.of(line)) add(out, piece, attendance, role, residence ? (onePerLine ? 3 : 2) : 0);
      }
      return out;
    }
    boolean ticks = lines.stream().anyMatch(l -> TICK.matcher(l).find());
    if (ticks) {
      for (String line : lines) {
        Matcher m = TICK.matcher(line);
        int last = -1;
        String lastAttendance = attendance;
        while (m.find()) {
          if (last >= 0) add(out, line.substring(last, m.start()), lastAttendance, role);
          last = m.end();
          boolean ticked = m.group().startsWith("[") ? m.group(1) != null : !m.group().equals("☐");
          lastAttendance = ticked ? (attendance == null ? Participant.PRESENT : attendance) : Participant.ABSENT;
        }
        if (last >= 0) add(out, line.substring(last), lastAttendance, role);
        else if (!line.isBlank()) add(out, line, attendance, role);
      }
      return out;
    }
    boolean commas = lines.stream().anyMatch(l -> l.indexOf(',') >= 0 || l.indexOf(';') >= 0);
    // A parenthesis opened on one line and closed on the next: the lines are one run of text.
    boolean balanced = lines.stream().allMatch(l -> l.chars().filter(c -> c == '(').count() == l.chars().filter(c -> c == ')').count());
    if (!commas && balanced || commas && onePerLine(lines)) {
      for (String line : lines) add(out, line, attendance, role);
      return out;
    }
    String joined = lines.stream().map(String::strip).reduce("", TextJoin::join);
    List<String> entries = new ArrayList<>();
    if (joined.indexOf(';') > 0) {
      // Entries set apart by semicolons: what follows a comma inside one says who they are, a firm or a role
      // ("Oscar Poloni, KPMG; Tim McBride and Alana Valle, Pinchin").
      List<String> described = new ArrayList<>();
      for (String part : joined.replaceFirst("[.;]\\s*$", "").split(";")) {
        int comma = part.indexOf(',');
        String tail = comma < 0 ? "" : part.substring(comma + 1).strip();
        if (tail.isEmpty() || !java.util.Arrays.stream(tail.split(",")).allMatch(t -> isRolePart(t.strip())
            || t.strip().matches("\\p{Lu}[\\p{L}&.-]*"))) {
          described.add(part);
          continue;
        }
        for (String name : splitOutside(part.substring(0, comma).strip(), "\\s+(?:and|och|und|&)\\s+")) {
          if (!name.isBlank()) entries.add(name.strip() + ", " + tail);
        }
      }
      joined = String.join("; ", described);
    }
    for (String part : joined.isEmpty() ? List.<String>of() : split(joined)) {
      // "A and B": two entries, where "and" stands outside parentheses ("&" joins a firm's name: Ott & Partner).
      // An "and" after the list's last comma (", and Paulette Church") joins nothing more.
      List<String> pieces = splitOutside(part.strip().replaceFirst("^(?:and|och|og|und)\\s+(?=\\p{Lu})", ""),
          "\\s+(?:and|och|und)\\s+");
      for (int k = 0; k < pieces.size(); k++) {
        String piece = pieces.get(k).strip();
        if (piece.isEmpty()) continue;
        // A part that is no name (a role, "distans", a time, a firm) belongs to the name before it.
        if (k == 0 && !entries.isEmpty() && (isRolePart(piece) || POST_NOMINAL.matcher(piece).matches())) {
          entries.set(entries.size() - 1, entries.get(entries.size() - 1) + ", " + piece);
        } else {
          entries.add(piece);
        }
      }
    }
    for (String entry : entries) add(out, entry, attendance, role);
    return out;
  }

  /**
   * Lines each "Name, role …": every line opens with a name and goes on with roles only, one line at least with one;
   * after a name of two words or more, one capitalised word alone is a title, no name ("Satu Kankare,
   * Kaupunginjohtaja").
   */
  private static boolean onePerLine(List<String> lines) {
    if (lines.size() < 2) return false;
    boolean anyRole = false;
    for (String line : lines) {
      String[] parts = line.split(",");
      String name = stripParens(TextJoin.normalise(parts[0]).replaceFirst("^- ", ""));
      if (!looksLikeName(name)) return false;
      boolean full = name.split("\\s+").length >= 2;
      for (int i = 1; i < parts.length; i++) {
        if (parts[i].isBlank()) continue;
        if (!isRolePart(parts[i].strip()) && !(full && !parts[i].strip().contains(" "))) return false;
        anyRole = true;
      }
    }
    return anyRole;
  }

  private static String stripParens(String s) {
    return PAREN.matcher(s).replaceAll("").strip();
  }

  /**
   * A comma part that is no name: it starts in lower case, with a digit, is remote attendance or a time, or does
   * not look like a name ({@code Planungsbüro Ott & Partner}).
   */
  private static boolean isRolePart(String part) {
    String p = stripParens(part.strip());
    return !p.isEmpty() && (Character.isLowerCase(p.codePointAt(0)) || !Character.isLetter(p.codePointAt(0))
        || DROPPED.matcher(p).matches() || !looksLikeName(p));
  }

  /** Entries apart by commas, semicolons and "and", outside parentheses; a ")" before a capital ends one too. */
  static List<String> split(String text) {
    // A sub-list's label inside the list ("… Aedin Culhane TAB: Vince Carey") and ")." end an entry too.
    text = SUBLABEL.matcher(text).replaceAll(", $1");
    text = text.replaceAll("\\)\\.\\s+(?=\\p{Lu})", "), ");
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') depth++;
      if (c == ')') depth = Math.max(0, depth - 1);
      if (depth == 0 && (c == ',' || c == ';')) {
        parts.add(cur.toString());
        cur.setLength(0);
        continue;
      }
      cur.append(c);
      if (depth == 0 && c == ')') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        if (j < text.length() && j > i + 1 && Character.isUpperCase(text.charAt(j))) {
          parts.add(cur.toString());
          cur.setLength(0);
          i = j - 1;
        }
      }
    }
    parts.add(cur.toString());
    List<String> out = new ArrayList<>();
    for (String p : parts) if (!p.isBlank()) out.add(p.strip());
    return out;
  }

  private static void add(List<Entry> out, String raw, String attendance, String role) {
    add(out, raw, attendance, role, 0);
  }

  /** {@code text} split where {@code separator} matches outside parentheses. */
  private static List<String> splitOutside(String text, String separator) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(separator).matcher(text);
    int from = 0;
    while (m.find()) {
      String before = text.substring(0, m.start());
      long open = before.chars().filter(c -> c == '(').count(), close = before.chars().filter(c -> c == ')').count();
      if (open != close) continue;
      out.add(text.substring(from, m.start()));
      from = m.end();
    }
    out.add(text.substring(from));
    return out;
  }

  /** Lines each "Name Name, Place" or "Name Name, role, Place": a list one person a line. */
  private static boolean sameShapeLines(List<String> lines) {
    if (lines.size() < 2) return false;
    for (String line : lines) {
      String[] parts = TextJoin.normalise(line).replaceFirst("^\\d{1,2}[.:]\\d{2}(?:\\s*Uhr)?\\s+", "").split(",");
      if (parts.length < 2 || parts.length > 3 || !looksLikeName(stripParens(parts[0].strip()))
          || parts[0].strip().split("\\s+").length < 2) {
        return false;
      }
      for (int i = 1; i < parts.length; i++) if (parts[i].strip().split("\\s+").length > 3) return false;
    }
    return true;
  }

  /** {@code residenceFrom}: with this many comma parts or more, the last, one capitalised word, is a residence (0: never). */
  private static void add(List<Entry> out, String raw, String attendance, String role, int residenceFrom) {
    String text = TextJoin.normalise(raw);
    // A line to sign on (dot leaders, rules) lists no one.
    if (text.matches(".*(?:[.…_]{4,}).*")) return;
    // A time opening the entry (when someone left or came) is not part of it.
    text = text.replaceFirst("^\\d{1,2}[.:]\\d{2}(?:\\s*Uhr)?\\s+", "");
    if (text.startsWith("- ")) text = text.substring(2);
    // A sub-list's own label ("CAB: Kozo Nishida") is not part of the name.
    text = text.replaceFirst("^\\p{Lu}[\\p{L}]{0,15}:\\s+(?=\\p{Lu})", "");
    if (text.isEmpty() || !Character.isLetter(text.codePointAt(0))) return;
    text = text.replaceAll("[.:]+$", "").strip();
    // A line that ends in "and" joins the next name, which is its own entry: "Mr M Wagner (Chief Analyst) and".
    text = text.replaceFirst("\\s+(?:and|och|og|und)$", "");
    // A word in lower case alone is a sub-label of the list ("ordinarie"), not a person.
    if (text.isEmpty() || text.equals(text.toLowerCase(Locale.ROOT)) && !text.contains(" ")) return;
    String initials = null;
    List<String> roles = new ArrayList<>();
    Matcher m = PAREN.matcher(text);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (m.find()) {
      rest.append(text, last, m.start());
      last = m.end();
      String inner = m.group(1).strip();
      if (inner.isEmpty()) continue;
      String name = text.substring(0, m.start()).split(",")[0];
      if (initials == null && isInitialsOf(inner, name)) initials = inner;
      else if (isRole(inner)) roles.add(inner);
    }
    rest.append(text.substring(last));
    String[] parts = rest.toString().split(",");
    String name = parts[0].strip().replaceAll("\\s+", " ");
    // A role written before the name ("Mayor Tom Piper", "Councillors Tom Butler") is a role, not part of the name.
    var lead = leadingRole(name);
    if (lead != null) {
      roles.add(0, name.substring(0, lead.end()).strip());
      name = name.substring(lead.end()).strip();
    }
    int end = parts.length;
    if (residenceFrom > 0 && parts.length >= residenceFrom && parts[parts.length - 1].strip().matches("\\p{Lu}[\\p{L}-]+")) {
      end--;
    }
    String bare = name;
    for (int i = 1; i < end; i++) {
      String p = parts[i].strip().replaceAll("\\s+(?:§\\s*\\d.*|kl\\.?\\s*\\d.*)$", "");
      if (p.isEmpty() || DROPPED.matcher(p).matches()) continue;
      // Honours after the name ("Mr R C Love, OBE") are part of it as printed, not a role.
      if (POST_NOMINAL.matcher(p).matches() && roles.isEmpty()) name = name + ", " + p;
      else roles.add(p);
    }
    String roleText = roles.isEmpty() ? null : String.join(", ", roles);
    String normalised = role(roleText);
    out.add(new Entry(new Participant(name, normalised != null ? normalised : role, roleText, attendance, initials),
        looksLikeName(bare)));
  }

  /**
   * A Nordic compound title, its head a role word (Ekonomichef, Räddningschef, Kommundirektør, Kaupunginjohtaja),
   * before a name.
   */
  private static final Pattern COMPOUND_TITLE = Pattern.compile(
      "^\\p{Lu}\\p{Ll}{2,}(?:chef|direktör|direktør|sekreterare|sekretær|handläggare|sagsbehandler|johtaja|sihteeri"
          + "|päällikkö)(?=\\s+\\p{Lu})");
  /** British honours written after a name: OBE, MBE, CBE, KBE, DBE, BEM, and the like. */
  private static final Pattern POST_NOMINAL = Pattern.compile("(?:[OMCKD]BE|BEM|KC|QC|JP|DL|MP|MSP)");
  /** The head words of English officers' titles, whole or between hyphens (Administrator-Clerk-Treasurer). */
  private static final Pattern OFFICER = Pattern.compile("(?:^|-)(?:Superintendent|Administrator|Treasurer|Clerk|Chief"
      + "|Assistant|Intern|Manager|Director|Officer|Coordinator|Co-ordinator|Planner|Engineer|Supervisor|Inspector"
      + "|Controller|Librarian|Solicitor)(?:$|-)");
  private static final java.util.Set<dev.minutes.lexicon.WordClass> ROLES = java.util.EnumSet.of(
      dev.minutes.lexicon.WordClass.CHAIR, dev.minutes.lexicon.WordClass.VICE_CHAIR,
      dev.minutes.lexicon.WordClass.SECRETARY, dev.minutes.lexicon.WordClass.ADJUSTER,
      dev.minutes.lexicon.WordClass.PRESENTER, dev.minutes.lexicon.WordClass.MEMBER);

  /**
   * The role that opens {@code name} where a name of two words or more follows it: a Nordic compound title, an
   * English officer's title ending in a head word such as Superintendent or Administrator-Clerk-Treasurer, or a role
   * phrase of the lexicon's of five letters or more; or null.
   */
  private static dev.minutes.lexicon.Match leadingRole(String name) {
    if (name.split("\\s+").length < 3) return null;
    Matcher compound = COMPOUND_TITLE.matcher(name);
    if (compound.find() && looksLikeName(name.substring(compound.end()).strip())) {
      return new dev.minutes.lexicon.Match(0, compound.end(), dev.minutes.lexicon.WordClass.PRESENTER, compound.group(),
          List.of(), 0);
    }
    // An officer's title in English, its head among its last words ("Operations Superintendent Dan MacInnis",
    // "Fire Chief-MLEO-CEMC Will Bateman"): the name is what follows the last title word.
    String[] words = name.split("\\s+");
    for (int k = words.length - 3; k >= 0; k--) {
      if (!OFFICER.matcher(words[k]).find()) continue;
      int end = 0;
      for (int i = 0; i <= k; i++) end = name.indexOf(words[i], end) + words[i].length();
      String rest = name.substring(end).strip();
      if (looksLikeName(rest) && rest.split("\\s+").length <= 3) {
        return new dev.minutes.lexicon.Match(0, end, dev.minutes.lexicon.WordClass.PRESENTER, name.substring(0, end),
            List.of(), 0);
      }
      break;
    }
    for (var c : ROLES) {
      var m = dev.minutes.lexicon.Lexicon.standard().first(name, c);
      // An abbreviation (Cllr, Dr) is a form of address, written as part of the name.
      if (m.isEmpty() || m.get().start() != 0 || m.get().end() <= 4) continue;
      String rest = name.substring(m.get().end()).strip();
      if (rest.split("\\s+").length >= 2 && looksLikeName(rest)) return m.get();
    }
    return null;
  }

  /** Letters in parentheses that are the initials of the name before them ({@code DT}, {@code AHol}). */
  static boolean isInitialsOf(String inner, String name) {
    if (!inner.matches("[\\p{Lu}][\\p{L}]{0,5}") || inner.chars().filter(Character::isUpperCase).count() < 2) {
      return false;
    }
    List<String> words = List.of(fold(name).split("\\s+"));
    String f = fold(inner);
    if (words.size() < 2 || words.get(0).isEmpty() || f.charAt(0) != words.get(0).charAt(0)) return false;
    // Each later capital starts a later word of the name, with the letters after it a prefix of that word.
    String caps = inner.substring(1);
    int w = 1;
    for (int i = 0; i < caps.length(); ) {
      int j = i + 1;
      while (j < caps.length() && Character.isLowerCase(caps.charAt(j))) j++;
      String piece = fold(caps.substring(i, j));
      while (w < words.size() && !words.get(w).startsWith(piece)) w++;
      if (w >= words.size()) return false;
      w++;
      i = j;
    }
    return true;
  }

  /** Words in parentheses that may be a role: no digits, not an acronym or a party's letters alone ({@code (S)}). */
  private static boolean isRole(String inner) {
    return !inner.matches(".*\\d.*") && !inner.matches("[\\p{Lu}&]{1,6}") && !inner.toLowerCase(Locale.ROOT).startsWith("from ");
  }

  /**
   * A name: one to six words, the first capitalised; particles ({@code von}, {@code af}) and initials allowed; no
   * word that names a group ({@code Members}, {@code Staff}).
   */
  public static boolean looksLikeName(String name) {
    String[] words = name.split("\\s+");
    for (String w : words) if (GROUPS.contains(w.toLowerCase(Locale.ROOT))) return false;
    if (words.length < 1 || words.length > 6 || !Character.isUpperCase(name.codePointAt(0))) return false;
    for (String w : words) if (!NAME_WORD.matcher(w).matches()) return false;
    return true;
  }

  /** The role a role as written names, or null. */
  public static String role(String roleText) {
    if (roleText == null) return null;
    String r = fold(roleText);
    if (r.matches(".*\\bvice[- ]?(ordforande|chair\\w*|president\\w*|prasident\\w*)\\b.*|.*\\bviceordforande\\b.*"
        + "|.*\\b(nestleder|næstformand)\\b.*")) {
      return Participant.VICE_CHAIR;
    }
    if (r.matches(".*\\b(ordforande|chair|chairman|chairwoman|chairperson|co-chair|president|vorsitz\\w*|\\w*prasident(in)?|"
        + "mayor|puheenjohtaja|formand|forkvinde|forperson|bestyrelsesformand|styreleder|mødeleder|møteleder)\\b.*")) {
      return Participant.CHAIR;
    }
    if (r.matches(".*\\b(sekreterare|protokollforare|prot\\.? ?forare|secretary|minutes secretary|"
        + "schriftfuhrer\\w*|protokollfuhrer\\w*|sekretær|referent)\\b.*")) {
      return Participant.SECRETARY;
    }
    if (r.matches(".*\\b(justerare|protokolljusterare|justeringsperson|minutes checker)\\b.*")) return Participant.ADJUSTER;
    if (r.matches(".*\\b(organisator|organizer|organiser)\\b.*")) return Participant.ORGANIZER;
    return null;
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
