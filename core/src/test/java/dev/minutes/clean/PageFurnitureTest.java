package dev.minutes.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.extract.PageText;
import dev.minutes.extract.TextLine;
import dev.minutes.extract.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {
  static TextLine line(int page, float y, float size, String text) {
    return new TextLine(page, 50, y, size, false, List.of(new Word(text, 50, 50 + text.length() * 5, size, false)), text);
  }

  static List<String> content(List<PageText> pages) {
    return PageFurniture.clean(pages).lines().stream().map(TextLine::text).toList();
  }

  @Test
  void pageNumbersInEveryFormAreSetAside() {
    for (String number : List.of("2/11", "Sida 2 av 11", "2(11)", "2 (11)", "2 [11]", "Page 2 of 11", "- 2 -", "2")) {
      List<PageText> pages = new ArrayList<>();
      pages.add(new PageText(1, 595, 842, List.of(line(1, 100, 10, "Anteckningar"), line(1, 800, 8, number))));
      assertEquals(List.of("Anteckningar"), content(pages), number);
    }
  }

  @Test
  void browserHeaderAndFooterAreSetAside() {
    List<String> text = List.of("Mötet öppnades av Magnus Haglund.", "Anteckningar", "Se bifogad fil.");
    List<PageText> pages = new ArrayList<>();
    for (int p = 1; p <= 3; p++) {
      pages.add(new PageText(p, 612, 792, List.of(
          line(p, 22, 10, "11/26/26, 2:22 PM Kommunchefsmöte, Umeåregionen"),
          line(p, 37, 13, text.get(p - 1)),
          line(p, 775, 10, "file:///tmp/x/seed.html " + p + "/3"))));
    }
    assertEquals(text, content(pages));
  }

  @Test
  void aSinglePageKeepsItsStampedHeaderOut() {
    List<PageText> pages = List.of(new PageText(1, 612, 792, List.of(
        line(1, 22, 10, "2018-11-15 09:12 Kommunchefsmöte"), line(1, 60, 13, "Kommunchefsmöte"),
        line(1, 775, 10, "C:\\Users\\lisa\\minutes.html"))));
    assertEquals(List.of("Kommunchefsmöte"), content(pages));
  }

  @Test
  void repeatedContentAwayFromTheEdgesStays() {
    List<PageText> pages = new ArrayList<>();
    for (int p = 1; p <= 2; p++) {
      pages.add(new PageText(p, 595, 842, List.of(line(p, 40, 8, "Running title"), line(p, 300, 10, "Anteckningar"),
          line(p, 320, 10, "2019"))));
    }
    assertEquals(List.of("Anteckningar", "2019", "Anteckningar", "2019"), content(pages));
  }

  @Test
  void aSectionHeadingAtTheTopOfTwoPagesIsNoRunningHeader() {
    // Found by the generator: "Bilagor" opened page 2 and page 4 of four at the same height.
    List<PageText> pages = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      String top = p % 2 == 0 ? "Bilagor" : "Anteckningar " + p;
      pages.add(new PageText(p, 595, 842, List.of(line(p, 70, 10, top), line(p, 300, 10, "text " + p))));
    }
    assertEquals(List.of("Anteckningar 1", "text 1", "Bilagor", "text 2", "Anteckningar 3", "text 3", "Bilagor", "text 4"),
        content(pages));
  }

  @Test
  void aRunningTitleInBodyTypeOnEveryPageIsSetAside() {
    List<PageText> pages = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      pages.add(new PageText(p, 595, 842, List.of(line(p, 30, 10, "Kommunchefsmöte, Umeåregionen"),
          line(p, 300, 10, "text " + p))));
    }
    assertEquals(List.of("text 1", "text 2", "text 3", "text 4"), content(pages));
  }

  /** A line of words five points a letter and a space apart. */
  static TextLine words(int page, float y, String text) {
    List<Word> ws = new ArrayList<>();
    float x = 50;
    for (String w : text.split(" ")) {
      ws.add(new Word(w, x, x + w.length() * 5, 10, false));
      x += w.length() * 5 + 3;
    }
    return new TextLine(page, 50, y, 10, false, ws, text);
  }

  @Test
  void aRunningHeaderSetLowerOnSomePagesAndEndingInItsPageIsSetAside() {
    List<PageText> pages = new ArrayList<>();
    pages.add(new PageText(1, 595, 842, List.of(words(1, 150, "Referat"), words(1, 300, "text 1"))));
    for (int p = 2; p <= 5; p++) {
      float y = p == 5 ? 50 : 42; // the last page sets its header lower
      pages.add(new PageText(p, 595, 842, List.of(words(p, y, "Referat For Udvalget for plan Side " + (p - 1)),
          words(p, y + 9, "20. juni 2013 - kl. 10:30"), words(p, 300, "text " + p))));
    }
    assertEquals(List.of("Referat", "text 1", "text 2", "text 3", "text 4", "text 5"), content(pages));
  }

  @Test
  void aLeakedPageNumberBetweenParagraphsIsSetAside() {
    // Page 2 of 11 carries "2/11" mid-page, between two paragraphs, away from the edge lines.
    List<PageText> pages = new ArrayList<>();
    for (int p = 1; p <= 11; p++) {
      List<TextLine> lines = new ArrayList<>();
      for (int i = 0; i < 4; i++) lines.add(line(p, 100 + 20 * i, 10, "above " + p + "." + i));
      if (p == 2) lines.add(line(p, 400, 10, "2/11"));
      for (int i = 0; i < 4; i++) lines.add(line(p, 500 + 20 * i, 10, "below " + p + "." + i));
      pages.add(new PageText(p, 595, 842, lines));
    }
    PageFurniture.Cleaned cleaned = PageFurniture.clean(pages);
    assertEquals(88, cleaned.lines().size());
    assertEquals(List.of("2/11"), cleaned.furniture().stream().map(TextLine::text).toList());
  }

  @Test
  void aFractionThatIsNoPageNumberOfTheDocumentStays() {
    List<PageText> pages = List.of(new PageText(1, 595, 842, List.of(line(1, 300, 10, "text"), line(1, 320, 10, "2/11"),
        line(1, 340, 10, "more"))));
    // Only n/N with N the page count is a leaked page number: here the count is 1, so 2/11 is content.
    assertEquals(List.of("text", "2/11", "more"), content(pages));
  }

  @Test
  void aSectionLabelThatOpensEveryPageStays() {
    // Found by the generator (seed 505748): "Anteckningar" opened pages 2, 3 and 4 of four.
    List<PageText> pages = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      pages.add(new PageText(p, 595, 842, List.of(line(p, 72, 10, p == 1 ? "Möte" : "Anteckningar"),
          line(p, 300, 10, "text " + p))));
    }
    List<String> kept = PageFurniture.clean(pages, "Anteckningar"::equals).lines().stream().map(TextLine::text).toList();
    assertEquals(List.of("Möte", "text 1", "Anteckningar", "text 2", "Anteckningar", "text 3", "Anteckningar", "text 4"), kept);
  }
}
