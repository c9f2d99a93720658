package dev.minutes.extract.ocr;

import dev.minutes.MinutesException;
import dev.minutes.MinutesException.Kind;
import dev.minutes.extract.PageText;
import dev.minutes.extract.TextLine;
import dev.minutes.extract.TextQuality;
import dev.minutes.extract.Word;
import dev.minutes.model.Warning;
import dev.minutes.nlp.LanguageGuess;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the pages without usable text by OCR, into the same positioned words and lines as a text layer gives,
 * so that they go through the same layout rules (lines, styles, page furniture, segmentation).
 *
 * <p>A page is rendered by PDFBox in grey, a scan at its own resolution, other pages at {@value #DPI} dpi
 * ({@link #readPage}), turned straight where it was scanned askew ({@link Deskew}) and read by
 * Tesseract ({@link Tesseract}) into hOCR: lines with their baselines and sizes, words with their boxes and
 * confidences. Pixels become points at the rendering's resolution. Specks and rules read as words are dropped
 * ({@link #noise}); a heading's number whose dots were read as commas gets them back ({@link #number}), and other
 * misreadings a word's own shape shows are repaired ({@link OcrText}). What a text
 * layer gives and OCR does not is measured in the image:
 * <ul>
 *   <li>Font size: from the height of each line's capitals and ascenders above its baseline, found in its letters'
 *       shapes to a fraction of a pixel ({@link #heights}); the sizes of a document's lines are then grouped
 *       ({@link #sizeGroups}) so that one style reads as one size, as in a text layer. Tesseract's own line height
 *       varies by a fifth between lines of one style, this by 2% to 4%.
 *   <li>Weight: Tesseract 4 and 5 do not tell bold. Each word's strokes and ink are measured ({@link #strokeRatio},
 *       {@link #density}), and bold is told where the document's words fall into two clear groups ({@link Weights}).
 * </ul>
 * Words read with a confidence below {@value #LOW_CONFIDENCE} are reported per page ({@code ocr.low-confidence}).
 */
public final class OcrReader {
  /** The resolution pages are rendered at for OCR: Tesseract's own recommendation. */
  public static final int DPI = 300;
  /** The largest image rendered (an A3 page at 300 dpi is 17.4 million pixels). */
  public static final long MAX_PIXELS = 25_000_000L;
  /** Tesseract's line height (descender to ascender) per point of font size, measured on the fixtures. */
  public static final double X_SIZE_PER_EM = 0.93;
  /** Words read with less confidence (Tesseract's 0 to 100) are reported. */
  public static final int LOW_CONFIDENCE = 60;

  /**
   * How OCR is done: when ({@code mode}), by which command, in which languages (ISO 639-1 codes, the label sets',
   * the preferred first), with what time limit a page, told to whom; {@code labels}, the label sets' labels that stand
   * alone on a line and the organizer's markers, are the words a misread label is repaired to ({@link OcrText#label}).
   */
  public record Settings(OcrMode mode, String command, List<String> languages, long pageTimeoutMillis,
                         OcrListener listener, List<String> labels) {
    public Settings {
      languages = List.copyOf(languages);
      labels = List.copyOf(labels);
      if (listener == null) listener = OcrListener.NONE;
    }

    public static final String DEFAULT_COMMAND = "tesseract";
    public static final long DEFAULT_PAGE_TIMEOUT_MILLIS = 120_000;

    public static Settings never() {
      return new Settings(OcrMode.NEVER, DEFAULT_COMMAND, List.of(), DEFAULT_PAGE_TIMEOUT_MILLIS, OcrListener.NONE,
          List.of());
    }
  }

  /** The pages, those read by OCR replaced; their numbers; what went wrong or was doubtful, as warnings. */
  public record Result(List<PageText> pages, List<Integer> ocrPages, List<Warning> warnings) {}

  /** One OCR'd word before the document's sizes and weights are known. */
  record RawWord(String text, float x, float endX, int confidence, double strokeRatio, double density) {}

  /**
   * One OCR'd line: its words, its baseline in points, its font size in points as measured ({@link #size}), and
   * Tesseract's own measure of its height ({@code x_size}) in points.
   */
  record RawLine(int page, List<RawWord> words, float baseline, double size, double xSize, double[] edges) {}

  private OcrReader() {}

  /** The pages {@code mode} has read by OCR. */
  public static List<Integer> pagesToRead(OcrMode mode, List<PageText> pages) {
    List<Integer> read = new ArrayList<>();
    for (PageText p : pages) {
      boolean unusable = p.lines().isEmpty() || TextQuality.garbled(p);
      if (mode == OcrMode.ALWAYS || mode == OcrMode.AUTO && unusable) read.add(p.number());
    }
    return read;
  }

  public static Result read(PDDocument document, List<PageText> pages, String name, Settings settings)
      throws MinutesException {
    List<Integer> toRead = pagesToRead(settings.mode(), pages);
    boolean anyText = pages.stream().anyMatch(p -> !p.lines().isEmpty());
    if (toRead.isEmpty()) {
      if (!anyText) throw noText(name, pages.size(), "it looks scanned, and OCR is off");
      return new Result(pages, List.of(), List.of());
    }
    List<Warning> warnings = new ArrayList<>();
    Tesseract tesseract = Tesseract.of(settings.command());
    if (!tesseract.available()) {
      String install = "apt-get install " + Tesseract.DEBIAN_PACKAGES;
      if (!anyText) {
        throw noText(name, pages.size(), "it looks scanned, and reading it needs Tesseract OCR, which is not installed ("
            + "Debian, Ubuntu: " + install + ")");
      }
      for (int page : toRead) {
        warnings.add(new Warning("ocr.unavailable", "page " + page + ": no usable text, and Tesseract OCR is not "
            + "installed (" + install + "); the page was left as it is", page));
      }
      return new Result(pages, List.of(), warnings);
    }
    Set<String> installed = tesseract.languages().orElse(Set.of());
    String textLanguage = anyText ? textLanguage(pages, toRead) : null;
    String pack = pack(settings.languages(), installed, textLanguage, warnings);

    PDFRenderer renderer = new PDFRenderer(document);
    renderer.setSubsamplingAllowed(true);
    List<RawLine> raw = new ArrayList<>();
    List<Integer> done = new ArrayList<>();
    boolean languageKnown = textLanguage != null;
    for (int i = 0; i < toRead.size(); i++) {
      int page = toRead.get(i);
      settings.listener().reading(page, i + 1, toRead.size());
      try {
        List<RawLine> lines = readPage(renderer, document, page, List.of(pack), tesseract, settings.pageTimeoutMillis());
        if (!languageKnown && !lines.isEmpty()) {
          // No text layer said which language: the first page read says it, and is read again in it if need be.
          languageKnown = true;
          String detected = LanguageGuess.of(text(lines));
          String detectedPack = Tesseract.packFor(detected);
          if (detectedPack != null && !detectedPack.equals(pack)) {
            if (installed.contains(detectedPack)) {
              pack = detectedPack;
              lines = readPage(renderer, document, page, List.of(pack), tesseract, settings.pageTimeoutMillis());
            } else {
              warnings.add(missing(detected, detectedPack, pack));
            }
          }
        }
        for (RawLine line : lines) raw.add(label(line, settings.labels()));
        done.add(page);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MinutesException(Kind.IO, name + ": reading page " + page + " by OCR was interrupted", e);
      } catch (IOException | RuntimeException e) {
        warnings.add(new Warning("ocr.failed", "page " + page + ": could not be read by OCR: " + oneLine(e), page));
      }
    }
    List<PageText> out = new ArrayList<>(pages);
    List<List<TextLine>> byPage = lines(raw, pages.size(), settings.labels());
    for (int page : done) {
      PageText old = pages.get(page - 1);
      out.set(page - 1, PageText.inReadingOrder(page, old.width(), old.height(), byPage.get(page - 1)));
      lowConfidence(page, raw, warnings);
    }
    if (out.stream().allMatch(p -> p.lines().isEmpty())) {
      throw noText(name, pages.size(), done.isEmpty() ? "OCR could not read it: " + warnings.get(0).message()
          : "OCR found no text on it either");
    }
    return new Result(out, List.copyOf(done), warnings);
  }

  /**
   * A line with a label misread by a letter ({@link OcrText#label}) as the label: a line of one word ({@code Besiut}),
   * a word in brackets ({@code (Organisatér),}).
   */
  static RawLine label(RawLine line, List<String> labels) {
    List<RawWord> words = new ArrayList<>(line.words());
    boolean changed = false;
    for (int i = 0; i < words.size(); i++) {
      RawWord w = words.get(i);
      if (words.size() > 1 && !w.text().startsWith("(")) continue;
      String text = OcrText.label(w.text(), labels);
      if (text.equals(w.text())) continue;
      words.set(i, new RawWord(text, w.x(), w.endX(), w.confidence(), w.strokeRatio(), w.density()));
      changed = true;
    }
    return changed ? new RawLine(line.page(), words, line.baseline(), line.size(), line.xSize(), line.edges()) : line;
  }

  private static MinutesException noText(String name, int pages, String why) {
    return new MinutesException(Kind.NO_TEXT, name + ": no text layer on any of its " + pages + " page(s); " + why);
  }

  /**
   * The language pack to read with: the text layer's language where other pages have one, else the first label set's;
   * where that pack is not installed, the next label set's, and so on; where none is, English, else any pack there
   * is. A missing pack is named in a warning. One pack only: Tesseract given two ({@code swe+eng}) reads many Swedish
   * words as the English pack's, without their accents ({@code möte} as {@code mote}).
   */
  static String pack(List<String> labelLanguages, Set<String> installed, String textLanguage, List<Warning> warnings) {
    List<String> wanted = new ArrayList<>();
    if (textLanguage != null) wanted.add(textLanguage);
    wanted.addAll(labelLanguages);
    String chosen = null;
    for (String language : wanted) {
      String pack = Tesseract.packFor(language);
      if (pack == null) continue;
      if (installed.contains(pack)) {
        chosen = pack;
        break;
      }
      if (warnings.stream().noneMatch(w -> w.message().contains(Tesseract.debianPackage(pack)))) {
        warnings.add(missing(language, pack, null));
      }
    }
    if (chosen == null) chosen = installed.contains("eng") ? "eng" : new TreeSet<>(installed).first();
    return chosen;
  }

  private static Warning missing(String language, String pack, String instead) {
    return new Warning("ocr.language-missing", "no Tesseract language pack for " + language + " (apt-get install "
        + Tesseract.debianPackage(pack) + ")" + (instead == null ? "" : "; read with " + instead), null);
  }

  /** The language of the pages that keep their text layer, where they have enough text to tell. */
  private static String textLanguage(List<PageText> pages, List<Integer> toRead) {
    StringBuilder s = new StringBuilder();
    for (PageText p : pages) {
      if (toRead.contains(p.number())) continue;
      for (TextLine l : p.lines()) {
        if (s.length() >= LanguageGuess.MAX_CHARS) break;
        s.append(l.text()).append('\n');
      }
    }
    return LanguageGuess.of(s);
  }

  private static String text(List<RawLine> lines) {
    StringBuilder s = new StringBuilder();
    for (RawLine l : lines) {
      for (RawWord w : l.words()) s.append(w.text()).append(' ');
      s.append('\n');
      if (s.length() > LanguageGuess.MAX_CHARS) break;
    }
    return s.toString();
  }

  /**
   * Renders, straightens and reads one page: its lines in points, sizes and weights not yet decided. A scanned page is
   * rendered at its scan's resolution ({@link ImageResolution}) up to {@value #DPI} dpi, a scan below
   * {@value #MIN_DPI} dpi scaled up to it (bicubic); any other page at {@value #DPI} dpi. No page's image passes
   * {@value #MAX_PIXELS} pixels.
   */
  static List<RawLine> readPage(PDFRenderer renderer, PDDocument document, int page, List<String> packs,
                                Tesseract tesseract, long timeoutMillis) throws IOException, InterruptedException {
    PDPage p = document.getPage(page - 1);
    PDRectangle box = p.getCropBox();
    double scanned;
    try {
      scanned = ImageResolution.of(p);
    } catch (IOException | RuntimeException e) {
      scanned = 0;
    }
    double inches = Math.max(Math.abs(box.getWidth() * box.getHeight()) / (72.0 * 72), 1e-6);
    double largest = Math.sqrt(MAX_PIXELS / inches);
    double dpi = Math.max(1, Math.min(largest, scanned > 0 ? Math.min(DPI, scanned) : DPI));
    BufferedImage image = renderer.renderImageWithDPI(page - 1, (float) dpi, ImageType.GRAY);
    if (dpi < MIN_DPI && MIN_DPI <= largest) {
      image = scaled(image, MIN_DPI / dpi);
      dpi = MIN_DPI;
    }
    if (blank(image)) return List.of();
    double skew = Deskew.skewDegrees(image);
    if (Math.abs(skew) >= Deskew.MIN_DEGREES) image = Deskew.straighten(image, skew);
    int resolution = (int) Math.round(dpi);
    String hocr = tesseract.hocr(image, packs, resolution, timeoutMillis);
    List<Hocr.Line> lines = new ArrayList<>();
    for (Hocr.Line line : Hocr.lines(hocr)) lines.add(Numbers.reread(line, image, resolution, tesseract, timeoutMillis));
    return rawLines(page, lines, image, dpi);
  }

  /** The least resolution Tesseract is given: scans below it are scaled up to it. */
  public static final double MIN_DPI = 150;

  private static BufferedImage scaled(BufferedImage image, double factor) {
    BufferedImage out = new BufferedImage((int) Math.round(image.getWidth() * factor),
        (int) Math.round(image.getHeight() * factor), BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** A page with next to no dark pixels: nothing for Tesseract to read. */
  static boolean blank(BufferedImage image) {
    Raster r = image.getRaster();
    int[] row = new int[image.getWidth()];
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      r.getSamples(0, y, image.getWidth(), 1, 0, row);
      for (int v : row) if (v < 128) dark++;
      if (dark >= 50) return false;
    }
    return true;
  }

  /** hOCR lines to lines in points, each word with its stroke width measured in {@code image}. */
  static List<RawLine> rawLines(int page, List<Hocr.Line> lines, BufferedImage image, double dpi) {
    double scale = 72.0 / dpi;
    Levels levels = levels(image);
    Raster raster = image.getRaster();
    List<RawLine> out = new ArrayList<>();
    for (Hocr.Line line : lines) {
      List<Hocr.Word> kept = gapAfterNumber(line.words().stream().filter(w -> !noise(w, line)).toList(), line);
      if (kept.isEmpty()) continue;
      kept = underscores(fileNameParts(hyphened(kept)), line, raster, levels);
      double sizePx = size(line, raster, levels);
      boolean tall = kept.stream().anyMatch(w -> FULL_HEIGHT.matcher(w.text()).find());
      double[] edges = heights(raster, kept.stream().map(Hocr.Word::box).toList(), levels, tall);
      // the x-height band, where a word's ink density tells its weight
      double bandBottom = edges == null ? Double.NaN : edges[0];
      double bandTop = edges == null ? Double.NaN : !Double.isNaN(edges[1]) ? edges[1]
          : Double.isNaN(edges[2]) ? Double.NaN : edges[0] - 0.7 * (edges[0] - edges[2]);
      kept = unreadBullet(bullet(kept, line), line, raster, levels);
      List<RawWord> words = new ArrayList<>();
      for (int k = 0; k < kept.size(); k++) {
        Hocr.Word word = kept.get(k);
        String text = OcrText.repair(word.text());
        if (k == 0) text = number(text, kept.size() > 1 ? kept.get(1).text() : null);
        Hocr.Box b = word.box();
        words.add(new RawWord(text, (float) (b.left() * scale), (float) (b.right() * scale), word.confidence(),
            strokeRatio(raster, b, levels, sizePx), density(raster, b, bandTop, bandBottom, levels)));
      }
      if (words.isEmpty()) continue;
      float baseline = (float) (line.baselineAt(line.box().left()) * scale);
      if (edges != null) for (int k = 0; k < edges.length; k++) edges[k] *= scale;
      out.add(new RawLine(page, words, baseline, sizePx * scale, line.xSize() * scale, edges));
    }
    return out;
  }

  /** Letters and digits that reach the ascender line, and those that stay between it and the baseline. */
  private static final java.util.regex.Pattern TALL = java.util.regex.Pattern.compile("[A-Z0-9bdfhklt]");
  private static final java.util.regex.Pattern WITHIN = java.util.regex.Pattern.compile("[A-Za-z0-9äöüéè.,:;!?-]+");

  /**
   * A line's font size in pixels: the height of its tall letters above the baseline (capitals, digits, {@code b d f
   * h k l t}), the median over its words that hold one and nothing that reaches higher (accented capitals, {@code å},
   * brackets, quotes), over {@value #ASCENT_PER_EM} of the size. A word's top is where its ink starts, the topmost
   * rows holding less than {@value #SPECK_SHARE} of its ink (a speck Tesseract took into the word's box) left out.
   * Tesseract's own line height ({@code x_size}) varies by a fifth between lines of one style; the ascent by a few
   * percent. Where no word tells, Tesseract's height over {@value #X_SIZE_PER_EM}.
   */
  static double size(Hocr.Line line, Raster raster, Levels levels) {
    List<Double> ascents = new ArrayList<>();
    for (Hocr.Word w : line.words()) {
      if (!TALL.matcher(w.text()).find() || !WITHIN.matcher(w.text()).matches()) continue;
      double baseline = line.baselineAt(w.box().left());
      double ascent = baseline - inkTop(raster, w.box(), (int) Math.round(baseline), levels);
      if (ascent > 0) ascents.add(ascent);
    }
    if (ascents.isEmpty()) return line.xSize() / X_SIZE_PER_EM;
    java.util.Collections.sort(ascents);
    return ascents.get(ascents.size() / 2) / ASCENT_PER_EM;
  }

  /**
   * A line's heights measured in its letters: the baseline, the x-height's top and the ascenders' top (NaN where the
   * line has no tall letter), in pixels from the image's top; null where the line holds too few letters. The letters
   * are the connected shapes of dark pixels in the line's words' boxes. Those that reach down to about where most
   * shapes end sit on the baseline (not dots, accents, commas, descenders, specks); the tallest of them (at least
   * {@value #TALL_SHARE} of the 90th percentile's height) are capitals, digits and ascenders, the others x-height
   * letters. The baseline is the median bottom of the shapes on it, each top the mean top of its kind: a mean over a
   * line's letters places it to a fraction of a pixel, where a word's box is a whole pixel off (a 6% step at 150 dpi).
   * Serifs, which put most ink on the baseline and the x-height's top, do not move it.
   */
  static double[] heights(Raster raster, List<Hocr.Box> boxes, Levels levels, boolean fullHeight) {
    List<double[]> shapes = new ArrayList<>();
    for (Hocr.Box b : boxes) shapes.addAll(shapes(raster, b, levels));
    if (shapes.size() < 2) return null;
    // shapes as {top, bottom}, edges to a fraction of a pixel; the baseline where most end
    double[] bottoms = shapes.stream().mapToDouble(x -> x[1]).sorted().toArray();
    double[] heights = shapes.stream().mapToDouble(x -> x[1] - x[0]).sorted().toArray();
    double h90 = heights[(int) Math.floor((heights.length - 1) * 0.9)];
    double bottom = bottoms[bottoms.length / 2];
    double tolerance = Math.max(1, h90 * 0.12);
    List<double[]> on = new ArrayList<>();
    for (double[] x : shapes) {
      if (Math.abs(x[1] - bottom) <= tolerance && x[1] - x[0] >= h90 * 0.3) on.add(x);
    }
    if (on.size() < 2) return null;
    double baseline = median(on.stream().mapToDouble(x -> x[1]).toArray());
    double split = tallSplit(on.stream().mapToDouble(x -> x[1] - x[0]).toArray());
    List<Double> tallTops = new ArrayList<>(), shortTops = new ArrayList<>();
    double lowest = on.stream().mapToDouble(x -> x[1] - x[0]).min().orElse(0);
    // letters of one kind: tall where the words hold capitals, digits or ascenders, else x-height letters
    if (split <= lowest && !fullHeight) split = Double.MAX_VALUE;
    for (double[] x : on) (x[1] - x[0] >= split ? tallTops : shortTops).add(x[0]);
    double ascTop = tallTops.isEmpty() || !fullHeight ? Double.NaN
        : median(tallTops.stream().mapToDouble(d -> d).toArray());
    double xTop = shortTops.isEmpty() ? Double.NaN : median(shortTops.stream().mapToDouble(d -> d).toArray());
    // a line of capitals and digits alone: its "x-height" letters would be the shorter capitals
    if (!Double.isNaN(xTop) && !Double.isNaN(ascTop)
        && (baseline - xTop > 0.85 * (baseline - ascTop) || baseline - xTop < 0.4 * (baseline - ascTop))) {
      xTop = Double.NaN;
    }
    return new double[] {baseline, xTop, ascTop};
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** Letters as tall as capitals: a line without one ({@code t} is shorter) has its size from its x-height. */
  private static final java.util.regex.Pattern FULL_HEIGHT = java.util.regex.Pattern.compile("[A-Z0-9bdfhklÅÄÖ]");

  /**
   * The height from which a letter on the baseline counts as tall (capitals, digits, ascenders): where the heights
   * split best in two (Otsu's), if the taller group stands at least {@value #TALL_STEP} times above the other; else
   * the letters are all of one kind, tall where the tallest is. Accented capitals and {@code å}, taller still, fall in
   * the tall group as a few among many and do not move its median top.
   */
  static double tallSplit(double[] heights) {
    double[] h = heights.clone();
    java.util.Arrays.sort(h);
    double best = -1, split = h[0];
    double lowMean = h[0], highMean = h[h.length - 1];
    double sum = 0;
    for (double v : h) sum += v;
    double left = 0;
    for (int i = 0; i < h.length - 1; i++) {
      left += h[i];
      double n0 = i + 1, n1 = h.length - n0, m0 = left / n0, m1 = (sum - left) / n1;
      double between = n0 * n1 * (m1 - m0) * (m1 - m0);
      if (between > best) {
        best = between;
        split = (h[i] + h[i + 1]) / 2;
        lowMean = m0;
        highMean = m1;
      }
    }
    if (highMean >= TALL_STEP * lowMean) return split;
    // one kind: all tall (a line of capitals and digits) or all short (x-height letters); the caller tells which
    return h[0];
  }

  static final double TALL_STEP = 1.2;

  /**
   * The connected shapes of dark pixels (Otsu's threshold) in a box, each as {top, bottom} in image rows to a fraction
   * of a pixel: an edge row that is partly ink (anti-aliasing, blur) moves the edge by how dark it is, so that a top
   * edge lies at the top row's bottom less the darkness of the rows from there up, averaged over the columns the top
   * row holds (and likewise at the bottom). Shapes of fewer than 3 pixels are left out.
   */
  static List<double[]> shapes(Raster raster, Hocr.Box b, Levels levels) {
    int left = Math.max(0, b.left()), right = Math.min(raster.getWidth(), b.right() + 1);
    int top = Math.max(0, b.top()), bottom = Math.min(raster.getHeight(), b.bottom() + 1);
    int w = right - left, h = bottom - top;
    List<double[]> out = new ArrayList<>();
    if (w < 1 || h < 1 || (long) w * h > 4_000_000) return out;
    // two rows of margin above and below, for the edges' darkness
    int m = 2, top2 = Math.max(0, top - m), bottom2 = Math.min(raster.getHeight(), bottom + m), h2 = bottom2 - top2;
    double[] dark = new double[w * h2];
    int[] row = new int[w];
    for (int y = 0; y < h2; y++) {
      raster.getSamples(left, top2 + y, w, 1, 0, row);
      for (int x = 0; x < w; x++) dark[y * w + x] = levels.darkness(row[x]);
    }
    boolean[] ink = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      raster.getSamples(left, top + y, w, 1, 0, row);
      for (int x = 0; x < w; x++) ink[y * w + x] = row[x] < levels.threshold();
    }
    int[] stack = new int[w * h];
    int[] topXs = new int[w], bottomXs = new int[w];
    for (int start = 0; start < ink.length; start++) {
      if (!ink[start]) continue;
      int n = 0, minY = Integer.MAX_VALUE, maxY = Integer.MIN_VALUE, size = 0, nTop = 0, nBottom = 0;
      stack[n++] = start;
      ink[start] = false;
      while (n > 0) {
        int p = stack[--n];
        int px = p % w, py = p / w;
        size++;
        if (py < minY) {
          minY = py;
          nTop = 0;
        }
        if (py == minY && nTop < w) topXs[nTop++] = px;
        if (py > maxY) {
          maxY = py;
          nBottom = 0;
        }
        if (py == maxY && nBottom < w) bottomXs[nBottom++] = px;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int qx = px + dx, qy = py + dy;
            if (qx < 0 || qy < 0 || qx >= w || qy >= h) continue;
            int q = qy * w + qx;
            if (ink[q]) {
              ink[q] = false;
              stack[n++] = q;
            }
          }
        }
      }
      if (size < 3) continue;
      // rows in dark[] are offset by (top - top2)
      int off = top - top2;
      double upper = 0;
      for (int k = 0; k < nTop; k++) {
        for (int r = minY + off; r >= Math.max(0, minY + off - m); r--) upper += dark[r * w + topXs[k]];
      }
      double lower = 0;
      for (int k = 0; k < nBottom; k++) {
        for (int r = maxY + off; r <= Math.min(h2 - 1, maxY + off + m); r++) lower += dark[r * w + bottomXs[k]];
      }
      double edgeTop = top + minY + 1 - upper / nTop;
      double edgeBottom = top + maxY + lower / nBottom;
      out.add(new double[] {edgeTop, edgeBottom});
    }
    return out;
  }

  /** The share of a word's ink above which its top rows are a speck, not its letters. */
  static final double SPECK_SHARE = 0.02;

  /** The first row of a box, from the top down to {@code baseline}, from which on the box holds all but a speck of its ink. */
  static int inkTop(Raster raster, Hocr.Box b, int baseline, Levels levels) {
    int left = Math.max(0, b.left()), right = Math.min(raster.getWidth(), b.right());
    int top = Math.max(0, b.top()), bottom = Math.min(raster.getHeight(), Math.min(b.bottom(), baseline));
    if (right - left < 1 || bottom - top < 1) return b.top();
    int[] counts = new int[bottom - top];
    int[] row = new int[right - left];
    long total = 0;
    for (int y = top; y < bottom; y++) {
      raster.getSamples(left, y, right - left, 1, 0, row);
      for (int v : row) if (v < levels.threshold()) counts[y - top]++;
      total += counts[y - top];
    }
    long above = 0;
    for (int y = 0; y < counts.length; y++) {
      above += counts[y];
      if (above > SPECK_SHARE * total) return top + y;
    }
    return b.top();
  }

  /** The height of capitals and ascenders per point of font size (Helvetica 0.72, Times 0.66 to 0.68, Courier 0.57 to 0.63). */
  public static final double ASCENT_PER_EM = 0.72;

  /**
   * A speck or a rule read as a word: a vertical bar (a table's rule, a page's edge); a dash read with less than {@value #SPECK_CONFIDENCE}, taller than wide and than half the line; other
   * signs without a letter or digit read
   * with less confidence than {@value #SIGN_CONFIDENCE}; a lone dot, comma or quote (a speck: text does not set
   * them apart by spaces); or one or two characters read with less than {@value #SPECK_CONFIDENCE} whose box is less
   * than half the line's height (a real short word, {@code Se} or {@code 1.}, is as tall as the line's capitals).
   */
  static boolean noise(Hocr.Word word, Hocr.Line line) {
    String t = word.text();
    if (t.chars().allMatch(c -> c == '|' || c == '¦')) return true;
    // a dash is a thin stroke, kept however unsure Tesseract is of it, unless it is tall
    if (dash(t)) {
      Hocr.Box b = word.box();
      return word.confidence() < SPECK_CONFIDENCE && b.height() > Math.max(b.width(), 0.5 * line.xSize());
    }
    if (t.chars().allMatch(c -> ".,'`´‘’\"“”„".indexOf(c) >= 0)) return true;
    boolean letterOrDigit = t.codePoints().anyMatch(Character::isLetterOrDigit);
    if (!letterOrDigit && word.confidence() < SIGN_CONFIDENCE) return true;
    return t.codePointCount(0, t.length()) <= 2 && word.confidence() < SPECK_CONFIDENCE
        && word.box().height() < 0.5 * line.xSize();
  }

  private static boolean dash(String t) {
    return !t.isEmpty() && t.chars().allMatch(c -> "-–—".indexOf(c) >= 0);
  }

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+([.,:]\\d+)*[.,:)]?");

  /**
   * A line's words without a dash right after a leading number ({@code 2.5 - IT}) whose box is taller than a third
   * of the line's height: a real dash is a thin stroke, so this is Tesseract's reading of the wide gap between a
   * heading's number and its title.
   */
  static List<Hocr.Word> gapAfterNumber(List<Hocr.Word> words, Hocr.Line line) {
    if (words.size() < 3 || !NUMBER.matcher(words.get(0).text()).matches() || !dash(words.get(1).text())
        || words.get(1).box().height() <= 0.35 * line.xSize()) {
      return words;
    }
    List<Hocr.Word> out = new ArrayList<>(words);
    out.remove(1);
    return out;
  }

  /** The words after which a hyphen suspends a compound ({@code nano- och mikroföretag}). */
  static final Set<String> CONJUNCTIONS = Set.of("och", "eller", "samt", "resp", "and", "or", "und", "oder", "bzw", "ja",
      "tai", "og");

  /**
   * A compound OCR broke after its hyphen within a line ({@code nano- utbildning}) joined again: a word ending in a
   * letter and a hyphen before a word in lower case, save a conjunction (a suspended hyphen).
   */
  static List<Hocr.Word> hyphened(List<Hocr.Word> words) {
    List<Hocr.Word> out = new ArrayList<>(words.isEmpty() ? List.of() : List.of(words.get(0)));
    for (int k = 1; k < words.size(); k++) {
      Hocr.Word before = out.get(out.size() - 1), word = words.get(k);
      String b = before.text(), t = word.text();
      boolean broken = b.length() >= 3 && b.endsWith("-") && Character.isLetter(b.charAt(b.length() - 2))
          && !t.isEmpty() && Character.isLowerCase(t.codePointAt(0))
          && !CONJUNCTIONS.contains(t.replaceAll("[.,;:]$", "").toLowerCase(Locale.ROOT));
      if (broken) out.set(out.size() - 1, joined(before, word));
      else out.add(word);
    }
    return out;
  }

  private static final java.util.regex.Pattern BARE_EXTENSION = java.util.regex.Pattern.compile("[A-Za-z0-9|]{2,5}");
  private static final java.util.regex.Pattern LIST_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}\\.");
  private static final java.util.regex.Pattern SUB_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}\\).*");

  /**
   * A file name's parts OCR set apart joined again: its extension after a space ({@code sammanställning. xIsx}), and a
   * number at the line's start from the rest of it ({@code 6. 1)Utfall … .docx} for {@code 6.1)Utfall}).
   */
  static List<Hocr.Word> fileNameParts(List<Hocr.Word> words) {
    int n = words.size();
    if (n < 2) return words;
    List<Hocr.Word> out = new ArrayList<>(words);
    Hocr.Word last = out.get(n - 1), before = out.get(n - 2);
    if (BARE_EXTENSION.matcher(last.text()).matches() && before.text().endsWith(".")
        && OcrText.fileName(OcrText.repair(before.text() + last.text()))) {
      out.set(n - 2, joined(before, last));
      out.remove(n - 1);
    }
    if (out.size() >= 3 && OcrText.fileName(OcrText.repair(out.get(out.size() - 1).text()))
        && LIST_NUMBER.matcher(out.get(0).text()).matches() && SUB_NUMBER.matcher(out.get(1).text()).matches()) {
      out.set(0, joined(out.get(0), out.get(1)));
      out.remove(1);
    }
    return out;
  }

  private static Hocr.Word joined(Hocr.Word a, Hocr.Word b) {
    return new Hocr.Word(a.text() + b.text(), new Hocr.Box(a.box().left(), Math.min(a.box().top(), b.box().top()),
        b.box().right(), Math.max(a.box().bottom(), b.box().bottom())), Math.min(a.confidence(), b.confidence()));
  }

  /**
   * A file name's words joined where an underscore stands between them, which Tesseract leaves out
   * ({@code beslut_2018-12-13_v2.PDF} read as {@code beslut 2018-12-13 v2.PDF}): on a line whose last word ends in a
   * known extension, a gap that ink crosses, in three of five columns, just below the baseline.
   */
  static List<Hocr.Word> underscores(List<Hocr.Word> words, Hocr.Line line, Raster raster, Levels levels) {
    if (words.size() < 2 || !OcrText.fileName(OcrText.repair(words.get(words.size() - 1).text()))) return words;
    List<Hocr.Word> out = new ArrayList<>(List.of(words.get(0)));
    for (int k = 1; k < words.size(); k++) {
      Hocr.Word before = out.get(out.size() - 1), word = words.get(k);
      if (underscoreBetween(before.box(), word.box(), line, raster, levels)) {
        // a piece of the underscore read as a full stop is the underscore
        String head = before.text().endsWith(".") ? before.text().substring(0, before.text().length() - 1) : before.text();
        Hocr.Word underscored = new Hocr.Word(head + "_", before.box(), before.confidence());
        out.set(out.size() - 1, joined(underscored, word));
      } else {
        out.add(word);
      }
    }
    return out;
  }

  private static boolean underscoreBetween(Hocr.Box a, Hocr.Box b, Hocr.Line line, Raster raster, Levels levels) {
    int from = a.right() + 1, to = b.left() - 1;
    if (to - from < 2) return false;
    int crossed = 0;
    for (int x = Math.max(0, from); x <= Math.min(raster.getWidth() - 1, to); x++) {
      int baseline = (int) Math.round(line.baselineAt(x));
      // ink just below the baseline, none in the letters' band above it (a bracket's or a letter's stroke)
      int above = Math.max(0, baseline - (int) Math.round(0.4 * line.xSize()));
      int bottom = Math.min(raster.getHeight() - 1, baseline + (int) Math.ceil(0.3 * line.xSize()));
      if (inkIn(raster, x, Math.max(0, baseline - 1), bottom, levels) && !inkIn(raster, x, above, baseline - 3, levels)) {
        crossed++;
      }
    }
    return crossed * 5 >= (to - from + 1) * 3;
  }

  private static boolean inkIn(Raster raster, int x, int top, int bottom, Levels levels) {
    for (int y = Math.max(0, top); y <= Math.min(raster.getHeight() - 1, bottom); y++) {
      if (raster.getSample(x, y, 0) < levels.threshold()) return true;
    }
    return false;
  }

  /**
   * A bullet Tesseract did not read at all (a faint hollow {@code ◦}) put before the line's first word: one small
   * shape of ink, a fifth to three fifths of the line's height either way, in the band of the small letters, within
   * two and a half line heights before the first word, with nothing else there.
   */
  static List<Hocr.Word> unreadBullet(List<Hocr.Word> words, Hocr.Line line, Raster raster, Levels levels) {
    Hocr.Word first = words.get(0);
    if (first.text().equals("•")) return words;
    double h = line.xSize();
    int right = first.box().left() - (int) Math.ceil(0.3 * h), left = Math.max(0, first.box().left() - (int) (2.5 * h));
    int baseline = (int) Math.round(line.baselineAt(first.box().left()));
    int top = Math.max(0, baseline - (int) Math.round(0.9 * h)), bottom = Math.min(raster.getHeight() - 1, baseline + 2);
    if (right - left < 3 || bottom <= top) return words;
    // a faint mark: ink from halfway between the threshold and the paper
    int faint = (levels.threshold() + levels.paper()) / 2;
    int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1, ink = 0;
    for (int y = top; y <= bottom; y++) {
      for (int x = left; x <= Math.min(right, raster.getWidth() - 1); x++) {
        if (raster.getSample(x, y, 0) >= faint) continue;
        ink++;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    if (ink == 0) return words;
    int w = maxX - minX + 1, ht = maxY - minY + 1;
    boolean shaped = w >= 0.2 * h && w <= 0.6 * h && ht >= 0.2 * h && ht <= 0.6 * h && Math.abs(w - ht) <= 0.25 * h;
    // within the small letters' band: below the ascenders, above the baseline
    boolean placed = minY > baseline - 0.75 * h && maxY <= baseline + 1;
    if (!shaped || !placed || ink < 0.15 * w * ht) return words;
    List<Hocr.Word> out = new ArrayList<>(words);
    out.add(0, new Hocr.Word("•", new Hocr.Box(minX, minY, maxX + 1, maxY + 1), first.confidence()));
    return out;
  }

  /** Small round marks OCR reads a list's bullet ({@code •}) as. */
  private static final String BULLETS = "•«»°·*¢©";

  /**
   * A line's first word, where it is a list's bullet read as another small mark ({@code «}, {@code °}, {@code *}): a
   * bullet ({@code •}), as a text layer gives it, so that the list's marker is known for one. A bullet read together
   * with the word after it ({@code «Utbildningsplan}) is parted from it.
   */
  static List<Hocr.Word> bullet(List<Hocr.Word> words, Hocr.Line line) {
    Hocr.Word first = words.get(0);
    String t = first.text();
    if (t.isEmpty() || BULLETS.indexOf(t.charAt(0)) < 0) return words;
    List<Hocr.Word> out = new ArrayList<>(words);
    if (t.length() == 1) {
      if (first.box().height() < 0.45 * line.xSize()) out.set(0, new Hocr.Word("•", first.box(), first.confidence()));
      return out;
    }
    if (!Character.isLetterOrDigit(t.codePointAt(1))) return words;
    Hocr.Box b = first.box();
    int bulletWidth = (int) Math.round(Math.min(b.width() / 3.0, 0.3 * line.xSize()));
    int gap = (int) Math.round(0.25 * line.xSize());
    out.set(0, new Hocr.Word("•", new Hocr.Box(b.left(), b.top(), b.left() + bulletWidth, b.bottom()), first.confidence()));
    out.add(1, new Hocr.Word(t.substring(1), new Hocr.Box(Math.min(b.right() - 1, b.left() + bulletWidth + gap), b.top(),
        b.right(), b.bottom()), first.confidence()));
    return out;
  }

  static final int SIGN_CONFIDENCE = 60;
  static final int SPECK_CONFIDENCE = 40;

  /** A heading's number at a line's start, its dots read as commas, colons or semicolons: {@code 3,1:}. */
  private static final java.util.regex.Pattern NUMBER_MISREAD =
      java.util.regex.Pattern.compile("\\d{1,3}(?:[.,]\\d{1,3}){0,4}[.,:;]{1,2}");

  /**
   * A line's first word, where it is a number whose dots OCR read as commas or colons or twice ({@code 4,} {@code 5:}
   * {@code 3,1.} {@code 9..}) and a capital follows: the number with its dots. Bold dots at 150 dpi are often read so.
   */
  static String number(String first, String next) {
    if (next == null || !Character.isUpperCase(next.codePointAt(0)) || !NUMBER_MISREAD.matcher(first).matches()) {
      return first;
    }
    return first.replace(',', '.').replaceAll("[.:;]+$", ".");
  }

  /**
   * How much of a word's x-height band is ink: its darkness summed over the rows from the x-height's top to the
   * baseline and over its box's columns, over the band's area. Bold letters hold about half as much ink again in the
   * same band; blur and anti-aliasing move ink but do not add any. NaN where the band is not known.
   */
  static double density(Raster raster, Hocr.Box b, double top, double bottom, Levels levels) {
    if (Double.isNaN(top) || Double.isNaN(bottom) || bottom - top < 2) return Double.NaN;
    int y0 = (int) Math.ceil(top), y1 = (int) Math.floor(bottom);
    int left = Math.max(0, b.left()), right = Math.min(raster.getWidth(), b.right());
    y0 = Math.max(0, y0);
    y1 = Math.min(raster.getHeight(), y1);
    if (right - left < 2 || y1 - y0 < 1) return Double.NaN;
    int[] row = new int[right - left];
    double ink = 0;
    for (int y = y0; y < y1; y++) {
      raster.getSamples(left, y, right - left, 1, 0, row);
      for (int v : row) ink += levels.darkness(v);
    }
    return ink / ((double) (right - left) * (y1 - y0));
  }

  /**
   * A page's grey levels: the threshold between ink and paper (Otsu's), the ink (the darkest tenth of what is darker
   * than the threshold: the core of a stroke, where thin anti-aliased strokes do not reach) and the paper (the median
   * of the rest).
   */
  record Levels(int threshold, int ink, int paper) {
    /** How dark a pixel is, from 0 (paper) to 1 (ink). */
    double darkness(int v) {
      return Math.max(0, Math.min(1, (paper - v) / (double) Math.max(1, paper - ink)));
    }
  }

  static Levels levels(BufferedImage image) {
    int[] histogram = new int[256];
    Raster r = image.getRaster();
    int[] row = new int[image.getWidth()];
    for (int y = 0; y < image.getHeight(); y += 2) {
      r.getSamples(0, y, image.getWidth(), 1, 0, row);
      for (int v : row) histogram[v]++;
    }
    int t = Deskew.otsu(histogram);
    return new Levels(t, quantile(histogram, 0, t, 0.1), quantile(histogram, t, 256, 0.5));
  }

  /** The grey level below which {@code q} of the pixels from {@code from} to {@code to} lie. */
  private static int quantile(int[] histogram, int from, int to, double q) {
    long n = 0;
    for (int i = from; i < to; i++) n += histogram[i];
    long below = 0;
    for (int i = from; i < to; i++) {
      below += histogram[i];
      if (below >= q * n && n > 0) return i;
    }
    return (from + to) / 2;
  }

  /**
   * The mean width of a word's vertical strokes against its line's font size. Along each pixel row of the word's box,
   * the dark runs (Otsu's threshold) are found, and each run's ink is summed over it and a pixel either side, a pixel
   * counting by how dark it is: so that a blurred or anti-aliased stroke weighs what a sharp one does. Runs longer
   * than a fifth of the font size (horizontal strokes, rules) are left out. Bold type has strokes about one and
   * a half times as wide as regular; NaN where the box holds too little ink to tell.
   */
  static double strokeRatio(Raster raster, Hocr.Box b, Levels levels, double size) {
    int left = Math.max(0, b.left()), right = Math.min(raster.getWidth(), b.right());
    int top = Math.max(0, b.top()), bottom = Math.min(raster.getHeight(), b.bottom());
    if (right - left < 2 || bottom - top < 2 || size <= 0) return Double.NaN;
    int maxRun = (int) Math.max(2, size / 5);
    int[] row = new int[right - left];
    double ink = 0;
    long runs = 0;
    for (int y = top; y < bottom; y++) {
      raster.getSamples(left, y, right - left, 1, 0, row);
      int start = -1;
      for (int x = 0; x <= row.length; x++) {
        boolean dark = x < row.length && row[x] < levels.threshold();
        if (dark && start < 0) {
          start = x;
        } else if (!dark && start >= 0) {
          if (x - start <= maxRun) {
            for (int k = Math.max(0, start - 1); k <= Math.min(row.length - 1, x); k++) ink += levels.darkness(row[k]);
            runs++;
          }
          start = -1;
        }
      }
    }
    return runs < 8 ? Double.NaN : ink / runs / size;
  }

  /**
   * The document's OCR'd lines with their sizes and weights decided: the sizes grouped ({@link #sizeGroups}), each
   * line given its group's size; words bold where {@link Weights} tells them so.
   */
  static List<List<TextLine>> lines(List<RawLine> raw, int pageCount, List<String> labels) {
    double[] sizes = measuredSizes(raw);
    int[] weights = new int[raw.size()];
    for (int i = 0; i < raw.size(); i++) {
      for (RawWord w : raw.get(i).words()) weights[i] += w.text().length();
    }
    double[] grouped = sizeGroups(sizes, weights);
    Weights.Decision weight = Weights.of(raw);
    double inkSpace = inkSpace(raw, grouped);
    List<TextLine> all = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      RawLine line = raw.get(i);
      float size = (float) (Math.round(grouped[i] * 2) / 2.0);
      float widen = (float) (inkSpace * size);
      List<Word> words = new ArrayList<>();
      for (RawWord w : line.words()) {
        words.add(new Word(w.text(), w.x(), w.endX() + widen, size, weight.bold(w)));
      }
      all.add(TextLine.placed(line.page(), words, line.baseline()));
    }
    all = labelsInOneStyle(all, labels);
    List<List<TextLine>> byPage = new ArrayList<>();
    for (int p = 0; p < pageCount; p++) byPage.add(new ArrayList<>());
    for (TextLine l : all) byPage.get(l.page() - 1).add(l);
    return byPage;
  }

  /** A space between words in a text layer, in ems, as most proportional fonts set it (a quarter to a third). */
  static final double SPACE_EM = 0.3;

  /**
   * How much wider, in ems, the document's spaces are between the words' ink than a text layer's {@value #SPACE_EM}:
   * the median gap between words on a line, less {@value #SPACE_EM}, at least 0. A text layer measures a word to its
   * last letter's advance; OCR to its ink, so that each gap also holds the letters' side bearings, in a monospaced font
   * (a full stop's in its cell) as wide as a space. Each word's end moves by this much, so that a space is not taken
   * for a wide gap (a column, a heading's number set apart).
   */
  static double inkSpace(List<RawLine> raw, double[] sizes) {
    List<Double> gaps = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      List<RawWord> words = raw.get(i).words();
      for (int k = 1; k < words.size(); k++) {
        double gap = (words.get(k).x() - words.get(k - 1).endX()) / sizes[i];
        if (gap > 0 && gap < 1.5) gaps.add(gap);
      }
    }
    if (gaps.size() < 20) return 0;
    java.util.Collections.sort(gaps);
    return Math.max(0, gaps.get(gaps.size() / 2) - SPACE_EM);
  }

  /**
   * The lines that are a label alone ({@code Anteckningar}, {@code Attachments:}) in one style: the weight most of them
   * are read in, and the size most of them have. A document sets its labels alike; OCR measures each line's ink and
   * height anew, and reads one in ten a size larger or not bold.
   */
  static List<TextLine> labelsInOneStyle(List<TextLine> lines, List<String> labels) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (String l : labels) keys.add(dev.minutes.LabelSet.key(l));
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (keys.contains(dev.minutes.LabelSet.key(lines.get(i).text()))) at.add(i);
    }
    if (at.size() < 3) return lines;
    int bold = 0;
    java.util.Map<Float, Integer> sizes = new java.util.HashMap<>();
    for (int i : at) {
      if (lines.get(i).bold()) bold++;
      sizes.merge(lines.get(i).fontSize(), 1, Integer::sum);
    }
    boolean asBold = 2 * bold > at.size();
    float size = sizes.entrySet().stream().max(java.util.Map.Entry.<Float, Integer>comparingByValue()
        .thenComparing(java.util.Map.Entry.comparingByKey())).orElseThrow().getKey();
    List<TextLine> out = new ArrayList<>(lines);
    for (int i : at) {
      TextLine l = lines.get(i);
      List<Word> words = l.words().stream().map(w -> new Word(w.text(), w.x(), w.endX(), size, asBold)).toList();
      out.set(i, TextLine.placed(l.page(), words, l.y()));
    }
    return out;
  }

  /**
   * Each line's font size in points: its ascent (baseline to the ascenders' top, {@link #edges}) over
   * {@value #ASCENT_PER_EM}; for a line without tall letters, its x-height times the document's usual ascent per
   * x-height; where the ink tells neither, the height of its words' boxes ({@link #size}). Measured on the scanned
   * fixtures against their text layers, the ascent varies by 2% to 3% (10th to 90th percentile) between lines of one
   * size, the boxes' height by 5% to 8%.
   */
  static double[] measuredSizes(List<RawLine> raw) {
    List<Double> perX = new ArrayList<>();
    for (RawLine l : raw) {
      double[] e = l.edges();
      if (e != null && !Double.isNaN(e[2]) && !Double.isNaN(e[1]) && e[0] > e[1]) perX.add((e[0] - e[2]) / (e[0] - e[1]));
    }
    java.util.Collections.sort(perX);
    double ascentPerX = perX.isEmpty() ? Double.NaN : perX.get(perX.size() / 2);
    double[] sizes = new double[raw.size()];
    for (int i = 0; i < raw.size(); i++) {
      double[] e = raw.get(i).edges();
      if (e != null && !Double.isNaN(e[2]) && e[0] > e[2]) sizes[i] = (e[0] - e[2]) / ASCENT_PER_EM;
      else if (e != null && !Double.isNaN(ascentPerX) && !Double.isNaN(e[1]) && e[0] > e[1]) {
        sizes[i] = (e[0] - e[1]) * ascentPerX / ASCENT_PER_EM;
      }
      else sizes[i] = raw.get(i).size();
    }
    return sizes;
  }

  /**
   * Sizes grouped, so that one style reads as one size as in a text layer: a size measured on one line differs from
   * another's in the same style by up to 8% at 150 dpi (a pixel of a capital's height), more than the step from body
   * text to a heading one point larger. The size with the most letters near it (within a quarter of
   * {@value #SIZE_STEP} either way) seeds a group of every size within {@value #SIZE_STEP} of it; then the next among
   * the rest, as long as a seed has {@value #MIN_GROUP_LETTERS} letters near it and is more than {@value #SIZE_STEP}
   * from the groups made (nearer, its letters are left to them). Each line gets the median size (by
   * letters) of the group whose seed is nearest to its size. So sizes less than {@value #SIZE_STEP} apart read as one,
   * and larger steps (titles, headings set well above the text) stay.
   */
  static double[] sizeGroups(double[] sizes, int[] weights) {
    int n = sizes.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> Double.compare(sizes[a], sizes[b]));
    double[] s = new double[n];
    long[] wt = new long[n];
    for (int k = 0; k < n; k++) {
      s[k] = sizes[order[k]];
      wt[k] = Math.max(1, weights[order[k]]);
    }
    boolean[] taken = new boolean[n];
    List<Double> seeds = new ArrayList<>();
    List<Double> medians = new ArrayList<>();
    while (true) {
      // the untaken size with the most untaken letters near it
      int seed = -1;
      long best = -1;
      int lo = 0, hi = 0;
      long window = 0;
      for (int k = 0; k < n; k++) {
        while (hi < n && s[hi] <= s[k] * (1 + SIZE_STEP / 4)) {
          if (!taken[hi]) window += wt[hi];
          hi++;
        }
        while (s[lo] < s[k] / (1 + SIZE_STEP / 4)) {
          if (!taken[lo]) window -= wt[lo];
          lo++;
        }
        if (!taken[k] && window > best) {
          best = window;
          seed = k;
        }
      }
      if (seed < 0 || best < MIN_GROUP_LETTERS && !seeds.isEmpty()) break;
      // near a group already made: its letters join that group, not a new one
      int near = -1;
      for (int g = 0; g < seeds.size(); g++) {
        if (Math.abs(Math.log(s[seed] / seeds.get(g))) <= Math.log(1 + SIZE_STEP)) near = g;
      }
      if (near >= 0) {
        for (int k = 0; k < n; k++) {
          if (!taken[k] && Math.abs(Math.log(s[k] / s[seed])) <= Math.log(1 + SIZE_STEP / 4)) taken[k] = true;
        }
        continue;
      }
      List<Integer> group = new ArrayList<>();
      long total = 0;
      for (int k = 0; k < n; k++) {
        if (!taken[k] && s[k] <= s[seed] * (1 + SIZE_STEP) && s[k] >= s[seed] / (1 + SIZE_STEP)) {
          group.add(k);
          total += wt[k];
          taken[k] = true;
        }
      }
      long half = 0;
      double median = s[seed];
      for (int k : group) {
        half += wt[k];
        if (half * 2 >= total) {
          median = s[k];
          break;
        }
      }
      seeds.add(s[seed]);
      medians.add(median);
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      int nearest = 0;
      for (int g = 1; g < seeds.size(); g++) {
        if (Math.abs(Math.log(sizes[i] / seeds.get(g))) < Math.abs(Math.log(sizes[i] / seeds.get(nearest)))) nearest = g;
      }
      out[i] = seeds.isEmpty() ? sizes[i] : medians.get(nearest);
    }
    return out;
  }

  /** Fewer letters than this near a size make no group of their own: they join the nearest. */
  static final int MIN_GROUP_LETTERS = 4;

  static final double SIZE_STEP = 0.08;

  /** A warning for the page where words were read with low confidence. */
  private static void lowConfidence(int page, List<RawLine> raw, List<Warning> warnings) {
    int words = 0;
    List<String> low = new ArrayList<>();
    for (RawLine l : raw) {
      if (l.page() != page) continue;
      for (RawWord w : l.words()) {
        words++;
        if (w.confidence() < LOW_CONFIDENCE) low.add(w.text());
      }
    }
    if (low.isEmpty()) return;
    String sample = String.join(" ", low.subList(0, Math.min(low.size(), 8))) + (low.size() > 8 ? " …" : "");
    warnings.add(new Warning("ocr.low-confidence", "page " + page + ": " + low.size() + " of " + words
        + " words read by OCR with confidence below " + LOW_CONFIDENCE + ": " + sample, page));
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
