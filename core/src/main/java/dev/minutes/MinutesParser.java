package dev.minutes;

import dev.minutes.MinutesException.Kind;
import dev.minutes.check.Confidence;
import dev.minutes.check.SelfChecks;
import dev.minutes.clean.PageFurniture;
import dev.minutes.extract.DocumentText;
import dev.minutes.extract.PageText;
import dev.minutes.extract.PdfTextExtractor;
import dev.minutes.extract.TextQuality;
import dev.minutes.extract.ocr.OcrListener;
import dev.minutes.extract.ocr.OcrMode;
import dev.minutes.extract.ocr.OcrReader;
import dev.minutes.model.Minutes;
import dev.minutes.model.Source;
import dev.minutes.model.Warning;
import dev.minutes.nlp.LanguageGuess;
import dev.minutes.people.PeopleLinker;
import dev.minutes.profile.DocumentLines;
import dev.minutes.profile.Profile;
import dev.minutes.profile.Profiles;
import dev.minutes.profile.Segmented;
import dev.minutes.profile.export.ExportProfile;
import dev.minutes.provenance.Resolver;
import dev.minutes.segment.Warnings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Parses exported minutes PDFs into {@link Minutes}. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * MinutesParser parser = MinutesParser.builder().build();
 * Minutes minutes = parser.parse(Path.of("minutes.pdf"));
 * }</pre>
 *
 * The pipeline: extract positioned lines (PDFBox), set aside page furniture, choose the document's family
 * (profile) and segment it into the header and the agenda items, link names to participants, and check the
 * result for what is probably wrong. Odd content becomes a warning on the result; only input
 * that cannot be read at all throws {@link MinutesException}.
 */
public final class MinutesParser {
  private final List<LabelSet> labelSets;
  private final PdfTextExtractor extractor;
  private final java.util.Set<String> labelKeys;
  private final boolean detectLanguage;
  private final List<Profile> profiles;
  private final boolean provenance;

  private MinutesParser(Builder b) {
    this.provenance = b.provenance;
    this.profiles = b.profiles == null ? null : List.copyOf(b.profiles);
    this.labelSets = List.copyOf(b.labelSets);
    List<String> languages = labelSets.stream().map(LabelSet::language).distinct().toList();
    this.extractor = new PdfTextExtractor(b.bundledFonts, new OcrReader.Settings(b.ocr, b.ocrCommand, languages,
        OcrReader.Settings.DEFAULT_PAGE_TIMEOUT_MILLIS, b.ocrListener,
        labelSets.stream().flatMap(s -> java.util.stream.Stream.concat(s.lineLabels().stream(), s.organizer().stream()))
            .distinct().toList()));
    this.labelKeys = labelKeys(labelSets);
    this.detectLanguage = b.detectLanguage;
  }

  /**
   * The families the parser knows, the meeting app's export first, and the general reader, which reads what no family
   * claims and checks the families' readings ({@link Profiles#read}).
   */
  public static List<Profile> defaultProfiles() {
    return Defaults.PROFILES;
  }

  /**
   * Rule: the default profiles (their lexicon, label sets and models) are built on first use, not when this class is
   * loaded, so that a caller may build them on another thread while this one reads a PDF ({@link #parse} asks for
   * them only after the text is extracted).
   */
  private static final class Defaults {
    static final List<Profile> PROFILES = List.of(new ExportProfile(),
        new dev.minutes.profile.protocol.ParagraphProtocolProfile(), new dev.minutes.profile.association.AssociationProfile(),
        new dev.minutes.profile.board.BoardMinutesProfile(), new dev.minutes.profile.german.GermanProtocolProfile(),
        new dev.minutes.profile.table.TableProtocolProfile(), new dev.minutes.profile.general.GeneralProfile());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Parses the file at {@code path}; {@code source.file} is its file name. */
  public Minutes parse(Path path) throws MinutesException {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) throw new MinutesException(Kind.IO, name + ": cannot be read: it is a directory");
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new MinutesException(Kind.IO, name + ": cannot be read: no such file", e);
    } catch (IOException e) {
      throw new MinutesException(Kind.IO, name + ": cannot be read: " + e.getMessage(), e);
    }
    return parse(bytes, name);
  }

  /** Parses a PDF read whole from {@code in}; messages call it {@code "stream"} and {@code source.file} is null. */
  public Minutes parse(InputStream in) throws MinutesException {
    Minutes m = parse(in, "stream");
    Source s = m.source();
    return new Minutes(m.schemaVersion(), s.withFile(null), m.meeting(), m.items(), m.warnings(), m.provenance());
  }

  /** Parses a PDF read whole from {@code in}; {@code name} stands in messages and in {@code source.file}. */
  public Minutes parse(InputStream in, String name) throws MinutesException {
    try {
      return parse(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new MinutesException(Kind.IO, name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Parses a PDF held in memory. */
  public Minutes parse(byte[] pdf, String name) throws MinutesException {
    DocumentText text = extractor.extract(pdf, name);
    PageFurniture.Cleaned cleaned = PageFurniture.clean(text.pages(), this::isLabel);
    Warnings warnings = new Warnings();
    for (Warning w : text.warnings()) warnings.add(w.code(), w.message(), w.page());
    for (PageText page : text.pages()) {
      if (TextQuality.garbled(page)) {
        TextQuality.Count c = page.quality();
        warnings.add("text.garbled", "page " + page.number() + ": " + Math.round(100 * c.share()) + "% of its "
            + c.tokens() + " words are not words; its text layer looks damaged", page.number());
      }
    }
    String language = detectLanguage ? LanguageGuess.of(sample(cleaned.lines())) : null;
    DocumentLines document = document(text, cleaned, language);
    Profiles.Reading reading = Profiles.read(profiles != null ? profiles : defaultProfiles(), document);
    Profiles.Choice choice = reading.choice();
    Segmented result = reading.result();
    for (Warning w : reading.warnings()) warnings.add(w.code(), w.message(), w.page());
    Source source = new Source(name, sha256(pdf), pdf.length, text.pageCount(), text.producer(),
        language != null ? language : result.labelLanguage(),
        text.title(), text.author(), text.created(), choice.format(result.kind()), text.ocrPages());
    Minutes linked = PeopleLinker.link(new Minutes(Minutes.SCHEMA_VERSION, source, result.meeting(), result.items(),
        warnings.list()));
    Minutes checked = judged(linked, reading);
    if (!provenance) return checked;
    var pointers = Resolver.pointers(checked, result.trace(), cleaned.lines(), cleaned.furniture());
    return checked.withProvenance(Resolver.provenance(pointers, text.pages(), cleaned.furniture()));
  }

  /**
   * The document as the profiles read it: its content lines with the page furniture set aside, its language and
   * the date its metadata gives. For tools that learn from the lines (training, inspection).
   */
  public DocumentLines lines(byte[] pdf, String name) throws MinutesException {
    DocumentText text = extractor.extract(pdf, name);
    PageFurniture.Cleaned cleaned = PageFurniture.clean(text.pages(), this::isLabel);
    return document(text, cleaned, detectLanguage ? LanguageGuess.of(sample(cleaned.lines())) : null);
  }

  private DocumentLines document(DocumentText text, PageFurniture.Cleaned cleaned, String language) {
    return new DocumentLines(cleaned.lines(), cleaned.furniture(), language, labelSets, text.pageCount(),
        referenceDate(text));
  }

  /** The date the PDF's metadata gives: one in its title ({@code 2023-08-10-minutes}), else its creation date. */
  private static String referenceDate(DocumentText text) {
    if (text.title() != null) {
      String inTitle = dev.minutes.segment.DateTimeFinder.find(text.title()).date();
      if (inTitle != null) return inTitle;
    }
    return text.created();
  }

  /** The document's running text, up to what the language detector reads. */
  private static String sample(List<dev.minutes.extract.TextLine> lines) {
    StringBuilder s = new StringBuilder();
    for (var line : lines) {
      if (s.length() >= LanguageGuess.MAX_CHARS) break;
      s.append(line.text()).append('\n');
    }
    return s.toString();
  }

  /** Whether {@code line}, taken whole, is a label of any of the parser's label sets. */
  private boolean isLabel(String line) {
    return line.length() <= LabelSet.MAX_LABEL_LENGTH && labelKeys.contains(LabelSet.key(line));
  }

  private static java.util.Set<String> labelKeys(List<LabelSet> sets) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (LabelSet set : sets) {
      for (String label : set.lineLabels()) keys.add(LabelSet.key(label));
    }
    return java.util.Set.copyOf(keys);
  }

  /** The SHA-256 of {@code bytes} in lower-case hex, as {@code source.sha256} gives it. */
  /**
   * The reading with its self-checks' warnings added, and its confidence: the level in {@code source.format}, the
   * warnings that say why it is less than high after the others.
   */
  private static Minutes judged(Minutes linked, Profiles.Reading reading) {
    List<Warning> all = new ArrayList<>(linked.warnings());
    for (Warning w : SelfChecks.of(linked)) {
      if (!all.contains(w)) all.add(w);
    }
    Minutes checked = new Minutes(linked.schemaVersion(), linked.source(), linked.meeting(), linked.items(), all);
    Confidence.Judgement judgement = Confidence.of(checked, reading.agreement(), reading.plausibility());
    all.addAll(judgement.warnings());
    Source source = linked.source().withFormat(linked.source().format().withConfidence(judgement.level()));
    return new Minutes(linked.schemaVersion(), source, linked.meeting(), linked.items(), all);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Configures a {@link MinutesParser}. */
  public static final class Builder {
    private List<LabelSet> labelSets = LabelSet.DEFAULTS;
    private boolean bundledFonts = true;
    private boolean detectLanguage = true;
    private List<Profile> profiles; // null: defaultProfiles(), resolved at the first parse
    private OcrMode ocr = OcrMode.AUTO;
    private String ocrCommand = OcrReader.Settings.DEFAULT_COMMAND;
    private OcrListener ocrListener = OcrListener.NONE;
    private boolean provenance;

    private Builder() {}

    /**
     * Which pages are read by OCR (Tesseract): {@link OcrMode#AUTO} (the default) those without usable text,
     * {@link OcrMode#ALWAYS} every page, {@link OcrMode#NEVER} none. Pages read by OCR are listed in
     * {@code source.ocr}. Without Tesseract installed, a document with no text at all is unreadable
     * ({@link MinutesException.Kind#NO_TEXT}, the message names the packages to install).
     */
    public Builder ocr(OcrMode mode) {
      this.ocr = java.util.Objects.requireNonNull(mode);
      return this;
    }

    /** The Tesseract command: a name looked up on the PATH (default {@code tesseract}) or a path. */
    public Builder ocrCommand(String command) {
      if (command == null || command.isBlank()) throw new IllegalArgumentException("a command is needed");
      this.ocrCommand = command;
      return this;
    }

    /** Told, on the parsing thread, as each page's OCR starts (progress, more time for a document). */
    public Builder ocrListener(OcrListener listener) {
      this.ocrListener = listener == null ? OcrListener.NONE : listener;
      return this;
    }

    /**
     * Whether the result says where each element stands on the pages ({@link Minutes#provenance()}: page and box
     * of every heading, paragraph, action, decision, attachment and header field, and the page furniture set
     * aside). Default false: the output stays as light as before.
     */
    public Builder provenance(boolean withProvenance) {
      this.provenance = withProvenance;
      return this;
    }

    /**
     * The document families to choose from per document, on each one's evidence; a tie goes to the one
     * listed first. Default: every family the library knows, the meeting app's export first.
     */
    public Builder profiles(List<Profile> list) {
      if (list == null || list.isEmpty()) throw new IllegalArgumentException("at least one profile is needed");
      this.profiles = List.copyOf(list);
      return this;
    }

    /** The label sets to choose from per document, the preferred first. Default: Swedish, English. */
    public Builder labelSets(List<LabelSet> sets) {
      if (sets == null || sets.isEmpty()) throw new IllegalArgumentException("at least one label set is needed");
      this.labelSets = List.copyOf(sets);
      return this;
    }

    /**
     * Whether fonts a PDF does not embed are mapped to PDFBox's bundled font rather than looked up
     * among the system's fonts (default true). The setting is global to PDFBox in this JVM; set it to
     * false when the application renders PDFs with PDFBox and wants its system fonts.
     */
    public Builder bundledFonts(boolean bundled) {
      this.bundledFonts = bundled;
      return this;
    }

    /**
     * Whether the document's language is detected with OpenNLP (default true) for {@code source.language}
     * and to choose the label set where labels alone do not decide. Without it, the label set's language
     * stands in {@code source.language}.
     */
    public Builder detectLanguage(boolean detect) {
      this.detectLanguage = detect;
      return this;
    }

    public MinutesParser build() {
      return new MinutesParser(this);
    }
  }
}
