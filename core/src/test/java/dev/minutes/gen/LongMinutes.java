package dev.minutes.gen;

import dev.minutes.fixtures.PdfRenderer;
import dev.minutes.fixtures.Style;
import dev.minutes.model.Item;
import dev.minutes.model.Minutes;
import java.util.ArrayList;
import java.util.List;

/**
 * A long minutes document for the benchmark and the heap test: the items of generated documents, one
 * after another and numbered on, until the drawing has at least the pages asked for.
 */
public final class LongMinutes {
  private LongMinutes() {}

  public static Minutes make(int minPages) {
    MinutesGenerator.Case first = MinutesGenerator.generate(150);
    Style style = first.style().withActionsBeside(false, false);
    List<Item> items = new ArrayList<>();
    long seed = 1;
    while (true) {
      for (Item i : MinutesGenerator.generate(seed++).truth().items()) {
        items.add(renumber(i, String.valueOf(items.size() + 1)));
      }
      Minutes m = new Minutes("1", null, first.truth().meeting(), items, List.of());
      if (seed % 10 == 0 && pages(PdfRenderer.render(m, style)) >= minPages) return m;
    }
  }

  public static Style style() {
    return MinutesGenerator.generate(150).style().withActionsBeside(false, false);
  }

  /** Renumbered, and with every due date written month first, as one export writes them all. */
  private static Item renumber(Item i, String number) {
    List<Item> kids = new ArrayList<>();
    for (int k = 0; k < i.items().size(); k++) kids.add(renumber(i.items().get(k), number + "." + (k + 1)));
    List<dev.minutes.model.Action> actions = i.actions().stream().map(a -> {
      if (a.due() == null) return a;
      java.time.LocalDate d = java.time.LocalDate.parse(a.due());
      return new dev.minutes.model.Action(a.text(), a.due(), d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear(),
          a.responsible());
    }).toList();
    return new Item(number, number.split("\\.").length, i.title(), i.pages(), i.description(), i.notes(), actions,
        i.decisions(), i.attachments(), kids);
  }

  private static int pages(byte[] pdf) {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
