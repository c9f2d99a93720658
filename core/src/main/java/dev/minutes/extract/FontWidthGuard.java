package dev.minutes.extract;

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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Clamps the character-ID ranges of CID fonts' width arrays ({@code /W}, {@code /W2}) to the 16-bit CID
 * space before PDFBox reads them. PDFBox stores one entry per CID of a {@code first last width} range,
 * so a damaged range such as {@code 166 99999999999 167} would fill any heap (found by the mutation test).
 */
final class FontWidthGuard {
  private static final int MAX_CID = 65_535;

  private FontWidthGuard() {}

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
        if (fonts.getDictionaryObject(name) instanceof COSDictionary font
            && font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
          for (COSBase d : descendants) {
            if (resolve(d) instanceof COSDictionary cid) {
              clamp(cid.getDictionaryObject(COSName.W));
              clamp(cid.getDictionaryObject(COSName.W2));
            }
          }
        }
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

  private static COSBase resolve(COSBase b) {
    return b instanceof COSObject o ? o.getObject() : b;
  }
}
