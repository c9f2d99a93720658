package dev.minutes.extract;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.CmapTable;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Repairs the text a font's ToUnicode map gives a glyph where the map is shown to be wrong; one per document.
 *
 * <p>The rule: a ToUnicode entry is replaced only by evidence about the very glyph it names, where that
 * evidence is unambiguous and the map is shown to be damaged. The evidence, in this order:
 * <ol>
 *   <li><b>The font's own.</b> Its Unicode {@code cmap} read backwards (one code point leads to the glyph,
 *       or several that are one character under NFKC), else its {@code post} glyph name read through the
 *       Adobe Glyph List ({@code l}, {@code f_i}, {@code uni00E4}). This evidence is trusted for a font
 *       when it agrees with the ToUnicode map on more than half of the glyphs both speak for, and on at
 *       least three: then both are Unicode maps of the same glyphs, and where they differ the map is the
 *       one that is wrong. Where they mostly differ, one of them is no Unicode map (a cmap of made-up code
 *       points, invented glyph names) and nothing tells which: the map is kept.
 *   <li><b>The same glyph elsewhere in the document,</b> for glyphs the font says nothing about (symbolic
 *       subsets whose cmap only maps codes to glyphs, whose post table names no glyph, ligatures). A glyph
 *       is known by its outline and advance width, so the subsets of one font that a document embeds page
 *       by page share it. Every font that draws it votes for the text its map gives it (or, where its own
 *       evidence is trusted, for that): a whole vote where its map gives that text to no glyph of another
 *       outline, a share where it gives it to several (all but one are wrong), no vote where another of
 *       those glyphs is already known to be that text, and no vote where the text's width, measured on the
 *       glyphs known to be its characters in fonts of the same name, is more than 15% off the glyph's
 *       advance (a ligature "ti" told "t", a "." told "r"). A text becomes the glyph's when its votes come
 *       to one at least and to twice any other text's; votes are counted again, as glyphs become known,
 *       until nothing changes. This pass runs only in a document where some font without trusted evidence
 *       of its own has a map that gives one text (with a letter or digit) to two glyphs, the mark of a
 *       damaged map (of the real corpus, only the Nykarleby protocols). A glyph that neither the map nor
 *       the encoding gives a text (it would read as a control code) has no vote and takes the text decided
 *       for its outline: a subset's full stop left out of its map reads as the full stop the other
 *       subsets draw with the same outline.
 *   <li><b>The glyph's width and outline, for ligatures.</b> A ligature that every map tells as its first
 *       letter gets no vote of another text. So, in that pass, a glyph without evidence of its own that the
 *       votes leave open or decide to be one letter (else the letter most of its fonts' maps give it) is a
 *       ligature beginning with that letter ({@code ff fi fl ffi ffl ft fb fh fj fk ti tt tf tti th}) where
 *       its advance is at least {@value #LIGATURE_WIDER} times the letter's, is within
 *       {@value #LIGATURE_TOLERANCE} of the advances of the ligature's letters summed (a font draws its
 *       ligatures tighter than its letters: Calibri's are 1% to 5.4% narrower), and its outline matches
 *       theirs set side by side (their offsets scaled to its advance), as intersection over union sampled on
 *       a grid of a hundredth of the em, to at least {@value #LIGATURE_OVERLAP} and by at least
 *       {@value #LIGATURE_MARGIN} more than any other ligature that fits the width. Widths alone cannot
 *       choose: {@code fi} and {@code fl} are equally wide, and Calibri's {@code tt} is nearer the width of
 *       {@code t} and {@code f} than of two {@code t}s; outlines tell them apart, and where they do not, the
 *       glyph keeps its map's letter. The letters' glyphs are those decided to be them in the fonts that
 *       draw the ligature, else in the other fonts of their name (the subsets of one font); of several
 *       (decided at least half as clearly as the clearest), not one {@value #LIGATURE_WIDER} times as wide
 *       as the narrowest (a ligature told as the letter), and of the rest the one decided most clearly. The
 *       votes are then counted again with the ligatures fixed, and ligatures looked for again, while new
 *       ones are found ({@value #MAX_LIGATURE_PASSES} times at most).
 * </ol>
 * Differences of white space alone, of compatibility forms (NFKC) and of texts without a letter or digit
 * (hyphen and quote variants) are not repairs. Only TrueType outlines are read: simple TrueType fonts and
 * CIDFontType2 fonts under an Identity encoding with at most {@value #MAX_GLYPHS} glyphs mapped, each once
 * per document; a text a map gives to more than {@value #MAX_SHARING} glyphs is no vote. Any error in a
 * font leaves its map as it is.
 */
final class GlyphTextRepair {
  /** A text's width may be this far off the glyph's advance, relative to the text's width. */
  private static final float WIDTH_TOLERANCE = 0.15f;
  private static final int MAX_ROUNDS = 8;
  /** How often the votes are counted again with the ligatures found fixed. */
  private static final int MAX_LIGATURE_PASSES = 3;
  private static final int MAX_FORM_DEPTH = 16;
  /** Fonts with more glyphs mapped than this (whole CJK fonts) are left as their maps say. */
  private static final int MAX_GLYPHS = 4096;
  /** A text a map gives to more glyphs than this is no vote for any of them. */
  private static final int MAX_SHARING = 16;
  /** A simple font's map of 256 codes is a few kilobytes; one larger than this is not read. */
  private static final int MAX_SIMPLE_MAP_BYTES = 1 << 20;
  /** The ligatures a glyph told as its first letter may be. */
  private static final List<String> LIGATURES =
      List.of("ff", "fi", "fl", "ffi", "ffl", "ft", "fb", "fh", "fj", "fk", "ti", "tt", "tf", "tti", "th");
  /** A ligature's glyph is at least this many times as wide as its first letter's. */
  private static final float LIGATURE_WIDER = 1.3f;
  /** A ligature's advance may be this far off its letters' advances summed, relative to the sum. */
  private static final float LIGATURE_TOLERANCE = 0.08f;
  /** The least overlap of a glyph's outline with its letters' for it to be their ligature. */
  private static final float LIGATURE_OVERLAP = 0.75f;
  /** By how much the best ligature's overlap must exceed any other's that fits the width. */
  private static final float LIGATURE_MARGIN = 0.03f;

  private final PDDocument document;
  private final Map<COSBase, FontGlyphs> fonts = new IdentityHashMap<>();
  /** The document-wide pass's decisions, outline key to normalized text; null until it has run. */
  private Map<Long, String> decided;
  private Map<Long, Float> scores = new HashMap<>();
  private boolean prepared;
  private final Map<Long, Map<String, String>> spelling = new HashMap<>();
  /** Outlines sampled for the ligature rule, by outline key. */
  private final Map<Long, Raster> rasters = new HashMap<>();
  private int repairedGlyphs;

  GlyphTextRepair(PDDocument document) {
    this.document = document;
  }

  /** The repaired text of the glyph a font shows for a code, or null where its ToUnicode text stands. */
  String repair(PDFont font, int code) {
    if (font == null) return null;
    if (!prepared) prepare();
    FontGlyphs f = fonts.get(font.getCOSObject());
    if (f == null) {
      f = analyze(font);
      fonts.put(font.getCOSObject(), f);
      if (decided != null) applyDecisions(f);
    }
    String text = f.repairs.get(code);
    if (text == null) return null;
    repairedGlyphs++;
    return text;
  }

  /** How many glyphs drawn so far got a repaired text. */
  int repairedGlyphs() {
    return repairedGlyphs;
  }

  /**
   * Reads every font of the document once, before the first glyph's text is given, and runs the document
   * pass where some font's map shows damage, so that every page is read with the same repairs.
   */
  private void prepare() {
    prepared = true;
    try {
      Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (PDPage page : document.getPages()) collect(page.getResources(), seen, 0);
    } catch (RuntimeException | StackOverflowError e) {
      // a page tree that cannot be walked: the fonts are read as they are drawn, each on its own evidence
      return;
    }
    for (FontGlyphs f : fonts.values()) {
      if (f.suspect) {
        documentPass();
        return;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- one font

  /** One font's glyphs with a ToUnicode text, its own evidence, and the repairs found. */
  private static final class FontGlyphs {
    final String baseName;
    final TrueTypeFont ttf;
    final float scale;
    /** code to gid, code to ToUnicode text, gid to the font's own evidence */
    final Map<Integer, Integer> gids = new LinkedHashMap<>();
    final Map<Integer, String> claimed = new HashMap<>();
    /** code to gid of glyphs that neither the map nor the encoding gives a text (they read as control codes) */
    final Map<Integer, Integer> unclaimed = new HashMap<>();
    final Map<Integer, String> evidence = new HashMap<>();
    boolean evidenceTrusted;
    boolean suspect;
    final Map<Integer, String> repairs = new HashMap<>();
    /** gid to outline key, filled by the document pass */
    final Map<Integer, Long> keys = new HashMap<>();

    FontGlyphs(String baseName, TrueTypeFont ttf, float scale) {
      this.baseName = baseName;
      this.ttf = ttf;
      this.scale = scale;
    }
  }

  private static final FontGlyphs NONE = new FontGlyphs("", null, 1);

  /** A font's glyphs and the repairs its own evidence gives; NONE for fonts this repair does not read. */
  private FontGlyphs analyze(PDFont font) {
    try {
      COSDictionary dict = font.getCOSObject();
      if (!(dict.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)
          || !font.isEmbedded()) {
        return NONE;
      }
      TrueTypeFont ttf;
      int codes;
      if (font instanceof PDTrueTypeFont tt) {
        ttf = tt.getTrueTypeFont();
        codes = 256;
      } else if (font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 cid
          && t0.getCMap() != null && t0.getCMap().getName() != null
          && t0.getCMap().getName().startsWith("Identity-")) {
        ttf = cid.getTrueTypeFont();
        codes = ttf == null ? 0 : cidCount(cid.getCOSObject(), ttf.getNumberOfGlyphs());
      } else {
        return NONE;
      }
      if (ttf == null || codes == 0) return NONE;
      int unitsPerEm = ttf.getUnitsPerEm();
      FontGlyphs f = new FontGlyphs(baseName(font.getName()), ttf, unitsPerEm > 0 ? 1000f / unitsPerEm : 1);
      int glyphs = ttf.getNumberOfGlyphs();
      // a simple font's text falls back on its encoding where the map says nothing: only the map is judged
      CMap map = font instanceof PDTrueTypeFont ? toUnicodeMap(dict) : null;
      if (font instanceof PDTrueTypeFont && map == null) return NONE;
      for (int code = 0; code < codes; code++) {
        boolean mapped = map == null || map.toUnicode(code, 1) != null;
        String text = font.toUnicode(code);
        if (!mapped && text != null && !isControl(text)) continue;
        int gid = font instanceof PDTrueTypeFont tt ? tt.codeToGID(code) : ((PDType0Font) font).codeToGID(code);
        if (gid <= 0 || gid >= glyphs) continue;
        if (!mapped || text == null || isControl(text)) {
          f.unclaimed.put(code, gid);
          continue;
        }
        f.gids.put(code, gid);
        f.claimed.put(code, text);
      }
      if (f.gids.isEmpty() || f.gids.size() > MAX_GLYPHS) return NONE;
      ownEvidence(f);
      f.suspect = !f.evidenceTrusted && sharesText(f);
      return f;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return NONE;
    }
  }

  /** A simple font's ToUnicode map as written, or null. */
  private static CMap toUnicodeMap(COSDictionary font) throws IOException {
    if (!(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)) return null;
    byte[] bytes;
    try (InputStream in = stream.createInputStream()) {
      bytes = in.readNBytes(MAX_SIMPLE_MAP_BYTES + 1);
    }
    if (bytes.length > MAX_SIMPLE_MAP_BYTES) return null;
    CMap map = new CMapParser().parse(new RandomAccessReadBuffer(bytes));
    return map != null && map.hasUnicodeMappings() ? map : null;
  }

  /**
   * How many CIDs a CIDFontType2 can show: those its CIDToGIDMap stream maps (two bytes each), or, with the
   * identity map, its glyph count.
   */
  private static int cidCount(COSDictionary cidFont, int glyphs) throws IOException {
    if (cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream map) {
      try (InputStream in = map.createInputStream()) {
        return in.readNBytes(2 * 65_536).length / 2;
      }
    }
    return Math.min(glyphs, 65_536);
  }

  /** The font's cmap read backwards, else its glyph names; trusted where it mostly agrees with the map. */
  private static void ownEvidence(FontGlyphs f) throws IOException {
    CmapSubtable unicode = unicodeCmap(f.ttf);
    PostScriptTable post = f.ttf.getPostScript();
    boolean names = post != null && post.getGlyphNames() != null;
    if (unicode == null && !names) return;
    int both = 0, agree = 0;
    for (Map.Entry<Integer, Integer> e : f.gids.entrySet()) {
      int gid = e.getValue();
      String fromCmap = unicode == null ? null : fromCmap(unicode.getCharCodes(gid));
      String fromName = names ? fromGlyphName(post.getName(gid)) : null;
      String own = fromCmap != null && fromName != null && !norm(fromCmap).equals(norm(fromName)) ? null
          : fromCmap != null ? fromCmap : fromName;
      if (own == null) continue;
      f.evidence.put(gid, own);
      String claimed = f.claimed.get(e.getKey());
      if (norm(claimed).isBlank() && norm(own).isBlank()) continue;
      both++;
      if (!matters(claimed, own)) agree++;
    }
    f.evidenceTrusted = agree >= 3 && agree * 2 > both;
    if (!f.evidenceTrusted) return;
    for (Map.Entry<Integer, Integer> e : f.gids.entrySet()) {
      String own = f.evidence.get(e.getValue());
      if (own != null && matters(f.claimed.get(e.getKey()), own)) f.repairs.put(e.getKey(), own);
    }
  }

  /** A Unicode cmap subtable (Windows Unicode BMP or full, or Unicode platform), or null. */
  private static CmapSubtable unicodeCmap(TrueTypeFont ttf) throws IOException {
    CmapTable table = ttf.getCmap();
    if (table == null || table.getCmaps() == null) return null;
    for (CmapSubtable s : table.getCmaps()) {
      int p = s.getPlatformId(), e = s.getPlatformEncodingId();
      if (p == 3 && (e == 1 || e == 10) || p == 0) return s;
    }
    return null;
  }

  /** The one character the code points leading to a glyph stand for, or null. */
  private static String fromCmap(List<Integer> codePoints) {
    if (codePoints == null) return null;
    String found = null;
    for (int cp : codePoints) {
      if (cp < 0x20 || cp >= 0x7F && cp < 0xA0 || cp >= 0xE000 && cp <= 0xF8FF || !Character.isValidCodePoint(cp)
          || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
        continue;
      }
      String s = Character.toString(cp);
      if (found == null) found = s;
      else if (!norm(found).equals(norm(s))) return null;
    }
    return found;
  }

  /** A glyph name read through the Adobe Glyph List: {@code a}, {@code f_i}, {@code uni00660069}, {@code u1F600}. */
  static String fromGlyphName(String name) {
    if (name == null || name.isEmpty() || name.startsWith(".")) return null;
    int dot = name.indexOf('.');
    if (dot > 0) name = name.substring(0, dot);
    StringBuilder out = new StringBuilder();
    for (String part : name.split("_", -1)) {
      String u = component(part);
      if (u == null) return null;
      out.append(u);
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static String component(String part) {
    if (part.length() >= 7 && part.startsWith("uni") && (part.length() - 3) % 4 == 0) {
      StringBuilder s = new StringBuilder();
      for (int i = 3; i < part.length(); i += 4) {
        int v = hex(part, i, i + 4);
        if (v < 0 || v >= 0xD800 && v < 0xE000) return null;
        s.append((char) v);
      }
      return s.toString();
    }
    if (part.length() >= 5 && part.length() <= 7 && part.charAt(0) == 'u') {
      int v = hex(part, 1, part.length());
      if (v >= 0 && Character.isValidCodePoint(v) && !(v >= 0xD800 && v < 0xE000)) return Character.toString(v);
    }
    if (part.isEmpty()) return null;
    return GlyphList.getAdobeGlyphList().toUnicode(part);
  }

  private static int hex(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return -1;
      v = v << 4 | d;
    }
    return v;
  }

  /** Whether the map gives one text with a letter or digit to two glyphs (gids; outlines are compared later). */
  private static boolean sharesText(FontGlyphs f) {
    Map<String, Integer> gidOfText = new HashMap<>();
    for (Map.Entry<Integer, Integer> e : f.gids.entrySet()) {
      String t = norm(f.claimed.get(e.getKey()));
      if (!hasLetterOrDigit(t)) continue;
      Integer other = gidOfText.putIfAbsent(t, e.getValue());
      if (other != null && other.intValue() != e.getValue()) return true;
    }
    return false;
  }

  // ------------------------------------------------------------------------------------- the document pass

  /** One font's vote for a text of a glyph. */
  private record Vote(FontGlyphs font, String text, String spelled, boolean own) {}

  /** Reads every font of the document, counts the votes for each outline, and decides where they are clear. */
  private void documentPass() {
    decided = new HashMap<>();
    try {
      Map<Long, List<Vote>> votes = new HashMap<>();
      List<FontGlyphs> all = new ArrayList<>();
      for (FontGlyphs f : fonts.values()) {
        if (f == NONE || !outlines(f)) continue;
        all.add(f);
        for (Map.Entry<Integer, Integer> e : f.gids.entrySet()) {
          Long key = f.keys.get(e.getValue());
          if (key == null) continue;
          String own = f.evidenceTrusted ? f.evidence.get(e.getValue()) : null;
          String spelled = own != null ? own : f.claimed.get(e.getKey());
          String text = norm(spelled);
          List<Vote> list = votes.computeIfAbsent(key, k -> new ArrayList<>());
          boolean dup = false;
          for (Vote v : list) dup |= v.font == f && v.text.equals(text);
          if (!dup) list.add(new Vote(f, text, spelled, own != null));
        }
      }
      Map<FontGlyphs, Map<String, Set<Long>>> keysOfText = new IdentityHashMap<>();
      for (Map.Entry<Long, List<Vote>> e : votes.entrySet()) {
        for (Vote v : e.getValue()) {
          if (v.own) continue;
          keysOfText.computeIfAbsent(v.font, k -> new HashMap<>())
              .computeIfAbsent(v.text, k -> new HashSet<>()).add(e.getKey());
        }
      }
      Map<Long, Float> advances = new HashMap<>();
      Map<Long, Glyph> glyphs = new HashMap<>();
      for (FontGlyphs f : all) {
        for (int gid : f.keys.keySet()) {
          advances.putIfAbsent(f.keys.get(gid), f.ttf.getAdvanceWidth(gid) * f.scale);
          glyphs.putIfAbsent(f.keys.get(gid), new Glyph(f, gid));
        }
      }
      // votes until nothing changes; then ligatures, and votes again with those fixed, while more are found
      Map<Long, String> ligatures = new HashMap<>();
      for (int pass = 0; pass < MAX_LIGATURE_PASSES; pass++) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
          Map<String, Map<String, Float>> widths = pass == 0 && round == 0 ? Map.of() : widths(votes, advances);
          Map<Long, String> next = new HashMap<>();
          Map<Long, Float> nextScores = new HashMap<>();
          for (Map.Entry<Long, List<Vote>> e : votes.entrySet()) {
            decide(e.getKey(), e.getValue(), keysOfText, widths, advances.get(e.getKey()), next, nextScores);
          }
          for (Map.Entry<Long, String> l : ligatures.entrySet()) {
            next.put(l.getKey(), l.getValue());
            nextScores.put(l.getKey(), 1f);
          }
          boolean same = next.equals(decided);
          decided = next;
          scores = nextScores;
          if (same && round > 0) break;
        }
        Map<Long, String> found = ligatures(votes, advances, glyphs);
        boolean fresh = !ligatures.keySet().containsAll(found.keySet());
        ligatures.putAll(found);
        decided.putAll(ligatures);
        if (!fresh) break;
      }
      for (Map.Entry<Long, List<Vote>> e : votes.entrySet()) {
        String d = decided.get(e.getKey());
        if (d == null) continue;
        for (Vote v : e.getValue()) {
          if (v.text.equals(d)) spelling.computeIfAbsent(e.getKey(), k -> new HashMap<>()).putIfAbsent(d, v.spelled);
        }
      }
      for (FontGlyphs f : all) applyDecisions(f);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // the pass is evidence only: what it could not read, it does not repair
    }
  }

  /**
   * Puts the text a glyph's votes make clear, with its score, into {@code next}: the text of the fonts' own
   * evidence where they have some and agree, else the text whose votes come to one at least and to twice
   * any other's.
   */
  private void decide(long key, List<Vote> votes, Map<FontGlyphs, Map<String, Set<Long>>> keysOfText,
      Map<String, Map<String, Float>> widths, Float advance, Map<Long, String> next, Map<Long, Float> nextScores) {
    String own = null;
    int owns = 0;
    for (Vote v : votes) {
      if (!v.own) continue;
      if (own != null && !own.equals(v.text)) {
        own = null;
        break;
      }
      own = v.text;
      owns++;
    }
    if (own != null) {
      next.put(key, own);
      nextScores.put(key, 1000f + owns);
      return;
    }
    Map<String, Float> score = new HashMap<>();
    for (Vote v : votes) {
      if (v.own) continue;
      Set<Long> sharing = keysOfText.getOrDefault(v.font, Map.of()).getOrDefault(v.text, Set.of(key));
      if (sharing.size() > MAX_SHARING) continue;
      boolean mine = v.text.equals(decided.get(key));
      int open = 0;
      boolean explained = false;
      for (long other : sharing) {
        String d = decided.get(other);
        if (other != key && v.text.equals(d) && !mine) explained = true;
        if (other == key || d == null || d.equals(v.text)) open++;
      }
      float weight = explained ? 0 : 1f / Math.max(1, open);
      if (weight > 0 && advance != null && !plausibleWidth(v.text, advance, widths.get(v.font.baseName))) weight = 0;
      if (weight > 0) score.merge(v.text, weight, Float::sum);
    }
    String best = null;
    float first = 0, second = 0;
    for (Map.Entry<String, Float> s : score.entrySet()) {
      if (s.getValue() > first) {
        second = first;
        first = s.getValue();
        best = s.getKey();
      } else if (s.getValue() > second) {
        second = s.getValue();
      }
    }
    if (best != null && first >= 1 && first >= 2 * second) {
      next.put(key, best);
      nextScores.put(key, first);
    }
  }

  /**
   * The advance of each character, by font name, from the glyphs decided to be that one character: their
   * advance where they agree (within 2%), else that of the glyph decided twice as clearly as any other;
   * where none is, the character has no width.
   */
  private Map<String, Map<String, Float>> widths(Map<Long, List<Vote>> votes, Map<Long, Float> advances) {
    Map<String, Map<String, List<float[]>>> found = new HashMap<>();
    for (Map.Entry<Long, String> d : decided.entrySet()) {
      String text = d.getValue();
      Float advance = advances.get(d.getKey());
      if (advance == null || text.codePointCount(0, text.length()) != 1) continue;
      float score = scores.getOrDefault(d.getKey(), 0f);
      Set<String> names = new HashSet<>();
      for (Vote v : votes.get(d.getKey())) names.add(v.font.baseName);
      for (String name : names) {
        found.computeIfAbsent(name, k -> new HashMap<>()).computeIfAbsent(text, k -> new ArrayList<>())
            .add(new float[] {advance, score});
      }
    }
    Map<String, Map<String, Float>> widths = new HashMap<>();
    found.forEach((name, chars) -> {
      Map<String, Float> w = new HashMap<>();
      chars.forEach((c, glyphs) -> w.put(c, width(glyphs)));
      widths.put(name, w);
    });
    return widths;
  }

  private static float width(List<float[]> glyphs) {
    float[] best = glyphs.get(0);
    for (float[] g : glyphs) if (g[1] > best[1]) best = g;
    for (float[] g : glyphs) {
      boolean same = Math.abs(g[0] - best[0]) <= 0.02f * Math.max(g[0], best[0]);
      if (g != best && !same && g[1] * 2 > best[1]) return Float.NaN;
    }
    return best[0];
  }

  private static boolean plausibleWidth(String text, float advance, Map<String, Float> widths) {
    if (widths == null) return true;
    float expected = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Float w = widths.get(Character.toString(cp));
      if (w == null || w.isNaN()) return true;
      expected += w;
      i += Character.charCount(cp);
    }
    return expected <= 0 || Math.abs(advance - expected) <= WIDTH_TOLERANCE * expected;
  }

  /** A glyph of a font, to read its outline by. */
  private record Glyph(FontGlyphs font, int gid) {}

  /**
   * The ligatures told as their first letter among the glyphs the votes left open or decided to be one
   * letter: by their advance against their letters' and by their outline against their letters' set side
   * by side.
   */
  private Map<Long, String> ligatures(Map<Long, List<Vote>> votes, Map<Long, Float> advances,
      Map<Long, Glyph> glyphs) throws IOException {
    // the glyphs decided to be each letter, in each font and in each font name
    Map<FontGlyphs, Map<String, Set<Long>>> inFont = new IdentityHashMap<>();
    Map<String, Map<String, Set<Long>>> inName = new HashMap<>();
    for (Map.Entry<Long, String> d : decided.entrySet()) {
      String text = d.getValue();
      if (text.length() != 1 || !Character.isLetter(text.charAt(0)) || !advances.containsKey(d.getKey())) continue;
      for (Vote v : votes.get(d.getKey())) {
        inFont.computeIfAbsent(v.font, k -> new HashMap<>()).computeIfAbsent(text, k -> new HashSet<>())
            .add(d.getKey());
        inName.computeIfAbsent(v.font.baseName, k -> new HashMap<>()).computeIfAbsent(text, k -> new HashSet<>())
            .add(d.getKey());
      }
    }
    Map<Long, String> found = new HashMap<>();
    for (Map.Entry<Long, List<Vote>> e : votes.entrySet()) {
      long key = e.getKey();
      String d = decided.get(key);
      String letter = d != null ? d : toldLetter(e.getValue());
      for (Vote v : e.getValue()) if (v.own) letter = null;
      if (letter == null || letter.length() != 1 || !Character.isLetter(letter.charAt(0))) continue;
      Float advance = advances.get(key);
      Long first = letterGlyph(letter, e.getValue(), inFont, inName, advances);
      if (advance == null || first == null || advance < LIGATURE_WIDER * advances.get(first)) continue;
      String best = null;
      float bestOverlap = 0, secondOverlap = 0;
      for (String ligature : LIGATURES) {
        if (!ligature.startsWith(letter)) continue;
        List<Long> parts = new ArrayList<>();
        float sum = 0;
        for (int i = 0; i < ligature.length(); i++) {
          Long part = letterGlyph(ligature.substring(i, i + 1), e.getValue(), inFont, inName, advances);
          if (part == null) break;
          parts.add(part);
          sum += advances.get(part);
        }
        if (parts.size() < ligature.length() || Math.abs(advance - sum) > LIGATURE_TOLERANCE * sum) continue;
        float overlap = overlap(key, parts, advance / sum, glyphs, rasters);
        if (overlap > bestOverlap) {
          secondOverlap = bestOverlap;
          bestOverlap = overlap;
          best = ligature;
        } else if (overlap > secondOverlap) {
          secondOverlap = overlap;
        }
      }
      if (best != null && bestOverlap >= LIGATURE_OVERLAP && bestOverlap - secondOverlap >= LIGATURE_MARGIN) {
        found.put(key, best);
      }
    }
    return found;
  }

  /**
   * A letter's glyph for a glyph drawn by the fonts of {@code votes}: of the glyphs decided to be that
   * letter in those fonts, else in fonts of their name, and decided at least half as clearly as the
   * clearest, those less than {@value #LIGATURE_WIDER} times as wide as the narrowest (the others may be
   * ligatures told as the letter), the one decided most clearly; null where none is.
   */
  private Long letterGlyph(String letter, List<Vote> votes, Map<FontGlyphs, Map<String, Set<Long>>> inFont,
      Map<String, Map<String, Set<Long>>> inName, Map<Long, Float> advances) {
    Set<Long> keys = new HashSet<>();
    for (Vote v : votes) keys.addAll(inFont.getOrDefault(v.font, Map.of()).getOrDefault(letter, Set.of()));
    if (keys.isEmpty()) keys = inName.getOrDefault(votes.get(0).font.baseName, Map.of()).getOrDefault(letter, Set.of());
    float clearest = 0;
    for (long k : keys) clearest = Math.max(clearest, scores.getOrDefault(k, 0f));
    float narrowest = Float.MAX_VALUE;
    for (long k : keys) {
      if (2 * scores.getOrDefault(k, 0f) >= clearest) narrowest = Math.min(narrowest, advances.get(k));
    }
    Long best = null;
    for (long k : keys) {
      float score = scores.getOrDefault(k, 0f);
      if (2 * score < clearest || advances.get(k) >= LIGATURE_WIDER * narrowest) continue;
      float bestScore = best == null ? -1 : scores.getOrDefault(best, 0f);
      if (score > bestScore || score == bestScore && advances.get(k) < advances.get(best)) best = k;
    }
    return best;
  }

  /** The one letter most of a glyph's fonts' maps give it, or null (a tie, another text). */
  private static String toldLetter(List<Vote> votes) {
    Map<String, Integer> count = new HashMap<>();
    for (Vote v : votes) count.merge(v.text, 1, Integer::sum);
    String best = null;
    int first = 0, second = 0;
    for (Map.Entry<String, Integer> c : count.entrySet()) {
      if (c.getValue() > first) {
        second = first;
        first = c.getValue();
        best = c.getKey();
      } else if (c.getValue() > second) {
        second = c.getValue();
      }
    }
    return best != null && first > second && best.length() == 1 && Character.isLetter(best.charAt(0)) ? best : null;
  }

  /** A glyph's outline sampled on a grid of {@value #GRID} thousandths of the em: cells x0.., y0.. inked. */
  private record Raster(int x0, int y0, int width, int height, boolean[] ink) {
    boolean at(int x, int y) {
      x -= x0;
      y -= y0;
      return x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x];
    }
  }

  /** The grid a glyph's outline is sampled on, in thousandths of the em. */
  private static final int GRID = 10;

  /**
   * How well a glyph's outline matches its letters' outlines set side by side, each letter's offset the
   * advances before it times {@code squeeze}: the intersection over the union of their areas, sampled on a
   * grid of a hundredth of the em.
   */
  private static float overlap(long key, List<Long> parts, float squeeze, Map<Long, Glyph> glyphs,
      Map<Long, Raster> rasters) throws IOException {
    Raster glyph = raster(key, glyphs, rasters);
    if (glyph == null) return 0;
    Raster[] letters = new Raster[parts.size()];
    int[] offsets = new int[parts.size()];
    int minX = glyph.x0, maxX = glyph.x0 + glyph.width, minY = glyph.y0, maxY = glyph.y0 + glyph.height;
    float x = 0;
    for (int i = 0; i < parts.size(); i++) {
      letters[i] = raster(parts.get(i), glyphs, rasters);
      if (letters[i] == null) return 0;
      offsets[i] = Math.round(x / GRID);
      minX = Math.min(minX, letters[i].x0 + offsets[i]);
      maxX = Math.max(maxX, letters[i].x0 + offsets[i] + letters[i].width);
      minY = Math.min(minY, letters[i].y0);
      maxY = Math.max(maxY, letters[i].y0 + letters[i].height);
      Glyph g = glyphs.get(parts.get(i));
      x += g.font.ttf.getAdvanceWidth(g.gid) * g.font.scale * squeeze;
    }
    int both = 0, either = 0;
    for (int cx = minX; cx < maxX; cx++) {
      for (int cy = minY; cy < maxY; cy++) {
        boolean in = glyph.at(cx, cy);
        boolean inLetters = false;
        for (int i = 0; i < letters.length && !inLetters; i++) inLetters = letters[i].at(cx - offsets[i], cy);
        if (in && inLetters) both++;
        if (in || inLetters) either++;
      }
    }
    return either == 0 ? 0 : (float) both / either;
  }

  /** A glyph's outline, in thousandths of the em, sampled on the grid; null where it has none. */
  private static Raster raster(long key, Map<Long, Glyph> glyphs, Map<Long, Raster> rasters) throws IOException {
    if (rasters.containsKey(key)) return rasters.get(key);
    Glyph g = glyphs.get(key);
    GlyphData data = g == null || g.font.ttf.getGlyph() == null ? null : g.font.ttf.getGlyph().getGlyph(g.gid);
    Raster raster = null;
    if (data != null) {
      GeneralPath path = new GeneralPath(data.getPath());
      path.transform(AffineTransform.getScaleInstance(g.font.scale, g.font.scale));
      Rectangle2D b = path.getBounds2D();
      int x0 = (int) Math.floor(b.getMinX() / GRID), y0 = (int) Math.floor(b.getMinY() / GRID);
      int width = (int) Math.ceil(b.getMaxX() / GRID) - x0 + 1, height = (int) Math.ceil(b.getMaxY() / GRID) - y0 + 1;
      if (width > 0 && height > 0 && (long) width * height <= 1 << 20) {
        boolean[] ink = new boolean[width * height];
        for (int y = 0; y < height; y++) {
          for (int x = 0; x < width; x++) ink[y * width + x] = path.contains((x0 + x) * GRID, (y0 + y) * GRID);
        }
        raster = new Raster(x0, y0, width, height, ink);
      }
    }
    rasters.put(key, raster);
    return raster;
  }

  /** Adds to a font's repairs the decided texts that differ from its map's (its own evidence comes first). */
  private void applyDecisions(FontGlyphs f) {
    if (f == NONE || decided == null || decided.isEmpty()) return;
    try {
      if (f.keys.isEmpty() && !outlines(f)) return;
      for (Map.Entry<Integer, Integer> e : f.gids.entrySet()) {
        int code = e.getKey();
        if (f.repairs.containsKey(code) || f.evidenceTrusted && f.evidence.containsKey(e.getValue())) continue;
        Long key = f.keys.get(e.getValue());
        String d = key == null ? null : decided.get(key);
        if (d == null || !matters(f.claimed.get(code), d)) continue;
        f.repairs.put(code, spelling.getOrDefault(key, Map.of()).getOrDefault(d, d));
      }
      for (Map.Entry<Integer, Integer> e : f.unclaimed.entrySet()) {
        Long key = f.keys.get(e.getValue());
        String d = key == null ? null : decided.get(key);
        if (d != null && !d.isEmpty()) f.repairs.put(e.getKey(), spelling.getOrDefault(key, Map.of()).getOrDefault(d, d));
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // left as its map says
    }
  }

  /** Reads the fonts of a resource dictionary and of the forms it holds. */
  private void collect(PDResources resources, Set<COSBase> seen, int depth) {
    if (resources == null || depth > MAX_FORM_DEPTH || !seen.add(resources.getCOSObject())) return;
    for (COSName name : resources.getFontNames()) {
      try {
        PDFont font = resources.getFont(name);
        if (font != null && !fonts.containsKey(font.getCOSObject())) fonts.put(font.getCOSObject(), analyze(font));
      } catch (IOException | RuntimeException e) {
        // a font that cannot be read has no vote
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      try {
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDFormXObject form) collect(form.getResources(), seen, depth + 1);
      } catch (IOException | RuntimeException e) {
        // nor does a form that cannot be read
      }
    }
  }

  /** Computes the outline key of each of the font's glyphs; false if the font's outlines cannot be read. */
  private static boolean outlines(FontGlyphs f) throws IOException {
    if (!f.keys.isEmpty()) return true;
    GlyphTable glyf = f.ttf.getGlyph();
    if (glyf == null) return false;
    Set<Integer> gids = new HashSet<>(f.gids.values());
    gids.addAll(f.unclaimed.values());
    for (int gid : gids) {
      GlyphData g = glyf.getGlyph(gid);
      long h = 0x9E3779B97F4A7C15L ^ Math.round(f.ttf.getAdvanceWidth(gid) * f.scale * 10);
      if (g != null) {
        float[] c = new float[6];
        for (PathIterator it = g.getPath().getPathIterator(null); !it.isDone(); it.next()) {
          int type = it.currentSegment(c);
          h = h * 31 + type;
          int n = type == PathIterator.SEG_CUBICTO ? 6 : type == PathIterator.SEG_QUADTO ? 4
              : type == PathIterator.SEG_CLOSE ? 0 : 2;
          for (int i = 0; i < n; i++) h = h * 1_000_003L + Math.round(c[i] * f.scale * 10);
        }
      }
      f.keys.put(gid, h);
    }
    return true;
  }

  // ------------------------------------------------------------------------------------------------ texts

  /** Whether a text is nothing but control characters: what a code without a text reads as. */
  private static boolean isControl(String text) {
    return !text.isEmpty() && text.codePoints().allMatch(Character::isISOControl);
  }

  /** A text for comparison: control characters dropped, compatibility forms folded (NFKC). */
  static String norm(String s) {
    if (s == null) return "";
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7F && c < 0xA0) {
        if (b == null) b = new StringBuilder(s.substring(0, i));
      } else if (b != null) {
        b.append(c);
      }
    }
    String t = b == null ? s : b.toString();
    return Normalizer.isNormalized(t, Normalizer.Form.NFKC) ? t : Normalizer.normalize(t, Normalizer.Form.NFKC);
  }

  /** Whether replacing one text by the other is a repair: they differ, and in a letter or digit. */
  static boolean matters(String a, String b) {
    String x = norm(a), y = norm(b);
    if (x.strip().equals(y.strip())) return false;
    return hasLetterOrDigit(x) || hasLetterOrDigit(y);
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) return true;
    }
    return false;
  }

  /** A font's name without its subset tag ({@code BAAAAA+Calibri} is {@code Calibri}). */
  private static String baseName(String name) {
    if (name == null) return "";
    int plus = name.indexOf('+');
    return plus == 6 ? name.substring(7) : name;
  }
}
