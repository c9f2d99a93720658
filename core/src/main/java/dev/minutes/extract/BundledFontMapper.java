package dev.minutes.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Maps every font a PDF does not embed to the font PDFBox bundles, instead of scanning the system's
 * fonts. Text extraction takes glyph widths from the PDF or from PDFBox's own metrics, never from the
 * substitute, so the substitute only has to exist; the scan PDFBox makes otherwise costs seconds on
 * first use and writes a cache file to the user's home. The mapping is not reported as a fallback:
 * the substitute is never drawn, so PDFBox's warning about it would only be noise.
 */
final class BundledFontMapper implements FontMapper {
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static volatile boolean installed;

  /** The bundled font, read on first use: a PDF whose fonts are all embedded never needs it. */
  private static final class Bundled {
    static final TrueTypeFont FONT_READ = read();

    private static TrueTypeFont read() {
      try (InputStream in = FontMapper.class.getResourceAsStream(FONT)) {
        if (in == null) throw new IllegalStateException(FONT + " is not on the class path");
        return new TTFParser().parse(new RandomAccessReadBuffer(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private BundledFontMapper() {}

  /** Installs the mapper for this JVM once; a mapper the application set itself is left alone. */
  static synchronized void install() {
    if (installed) return;
    installed = true;
    if (FontMapper.class.getResource(FONT) != null) FontMappers.set(new BundledFontMapper());
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(Bundled.FONT_READ, false);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(Bundled.FONT_READ, false);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
    return new CIDFontMapping(null, Bundled.FONT_READ, false);
  }
}
