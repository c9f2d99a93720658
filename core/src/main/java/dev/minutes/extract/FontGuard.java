package dev.minutes.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Repairs, before PDFBox reads them, the font data on which PDFBox would spend unbounded memory or time
 * (each found by the mutation test):
 * <ul>
 *   <li>the character-ID ranges of CID fonts' width arrays ({@code /W}, {@code /W2}) are clamped to the
 *       16-bit CID space: PDFBox stores one entry per CID of a {@code first last width} range, so a range
 *       such as {@code 166 99999999999 167} would fill any heap;
 *   <li>overlong ranges of ToUnicode CMaps are cut ({@link CMapRanges}).
 * </ul>
 */
final class FontGuard {
  private static final int MAX_CID = 65_535;
  /** A ToUnicode CMap larger than this, decoded, is left to PDFBox as it is. */
  private static final int MAX_CMAP_BYTES = 4 << 20;

  private FontGuard() {}

  static void apply(PDDocument document) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (PDPage page : document.getPages()) {
      resources(page.getCOSObject().getDictionaryObject(COSName.RESOURCES), seen, 0);
    }
  }

  private static void resources(COSBase base, Set<COSBase> seen, int depth) {
    if (!(base instanceof COSDictionary res) || !seen.add(res) || depth > 32) return;
    if (res.getDictionaryObject(COSName.FONT) instanceof COSDictionary fonts) {
      for (COSName name : fonts.keySet()) {
        if (!(fonts.getDictionaryObject(name) instanceof COSDictionary font) || !seen.add(font)) continue;
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
          for (COSBase d : descendants) {
            if (resolve(d) instanceof COSDictionary cid) {
              clamp(cid.getDictionaryObject(COSName.W));
              clamp(cid.getDictionaryObject(COSName.W2));
            }
          }
        }
        if (font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream cmap) repair(cmap);
      }
    }
    if (res.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects) {
      for (COSName name : xobjects.keySet()) {
        if (xobjects.getDictionaryObject(name) instanceof COSDictionary form) {
          resources(form.getDictionaryObject(COSName.RESOURCES), seen, depth + 1);
        }
      }
    }
  }

  /** In {@code [c [w…] cfirst clast w …]}, a range's last CID is kept within the CID space and its first. */
  private static void clamp(COSBase base) {
    if (!(base instanceof COSArray w)) return;
    for (int i = 0; i + 1 < w.size(); ) {
      if (!(resolve(w.get(i)) instanceof COSNumber first)) return;
      COSBase next = resolve(w.get(i + 1));
      if (next instanceof COSArray) {
        i += 2;
      } else if (next instanceof COSNumber last && i + 2 < w.size()) {
        long f = Math.max(0, Math.min(first.longValue(), MAX_CID));
        long l = last.longValue();
        if (l > MAX_CID || l < f || l - f > MAX_CID) w.set(i + 1, COSInteger.get(Math.max(f, Math.min(l, MAX_CID))));
        i += 3;
      } else {
        return;
      }
    }
  }

  /**
   * Rewrites a ToUnicode stream whose ranges {@link CMapRanges} cut, unfiltered. A stream that cannot be
   * decoded is left alone: PDFBox cannot read it either.
   */
  private static void repair(COSStream cmap) {
    String text;
    try (InputStream in = cmap.createInputStream()) {
      byte[] bytes = in.readNBytes(MAX_CMAP_BYTES + 1);
      if (bytes.length > MAX_CMAP_BYTES) return;
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    } catch (IOException | RuntimeException e) {
      return;
    }
    String repaired = CMapRanges.repair(text);
    if (repaired.equals(text)) return;
    cmap.removeItem(COSName.FILTER);
    cmap.removeItem(COSName.DECODE_PARMS);
    try (OutputStream out = cmap.createOutputStream()) {
      out.write(repaired.getBytes(StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      // left as it was written: PDFBox reports what it cannot read
    }
  }

  private static COSBase resolve(COSBase b) {
    return b instanceof COSObject o ? o.getObject() : b;
  }
}
