package dev.minutes.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Where each piece of the result stands on the pages (written only when asked for: {@code parse --provenance},
 * {@code MinutesParser.Builder.provenance(true)}). Coordinates are PDF points with the origin at the top left of the
 * page as displayed (its crop box), x to the right, y down; a box is {@code [x0, y0, x1, y1]}.
 *
 * <p>{@code pages}: each page's size. {@code elements}: for each element of the document, keyed by its JSON pointer
 * ({@code /meeting/title}, {@code /items/3/notes/0}, {@code /items/3/items/0/actions/1/due}), the page it starts on
 * and its box there, and, for an element that goes on over a page break, its box on each later page
 * ({@code continued}). {@code furniture}: the lines set aside as page furniture, with their kind
 * ({@link #RUNNING_HEADER} …) and text.
 */
@JsonPropertyOrder({"pages", "elements", "furniture"})
public record Provenance(List<Page> pages, Map<String, Region> elements, List<Furniture> furniture) {
  public static final String RUNNING_HEADER = "running-header";
  public static final String RUNNING_FOOTER = "running-footer";
  public static final String PAGE_NUMBER = "page-number";
  public static final String PRINT_STAMP = "print-stamp";

  public Provenance {
    pages = pages == null ? List.of() : List.copyOf(pages);
    elements = elements == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(elements));
    furniture = furniture == null ? List.of() : List.copyOf(furniture);
  }

  /** A page's number (from 1) and size in points. */
  @JsonPropertyOrder({"page", "width", "height"})
  public record Page(int page, double width, double height) {}

  /** A box on one page. */
  @JsonPropertyOrder({"page", "bbox"})
  public record Box(int page, List<Double> bbox) {}

  /** Where an element stands: its first page and box there, and its boxes on the pages it goes on to (or none). */
  @JsonPropertyOrder({"page", "bbox", "continued"})
  public record Region(int page, List<Double> bbox, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Box> continued) {
    public Region {
      continued = continued == null ? List.of() : List.copyOf(continued);
    }

    /** Every box, the first page's first. */
    public List<Box> boxes() {
      List<Box> all = new java.util.ArrayList<>();
      all.add(new Box(page, bbox));
      all.addAll(continued);
      return all;
    }
  }

  /** A line set aside as page furniture. */
  @JsonPropertyOrder({"page", "bbox", "kind", "text"})
  public record Furniture(int page, List<Double> bbox, String kind, String text) {}
}
