package dev.minutes.inspect;

import dev.minutes.model.Provenance;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws a page as PDFBox renders it with a box over each element found on it, in its role's colour
 * ({@link Role}), labelled (an item heading with its number, or its title where it prints none), and below the page
 * a legend of the roles drawn. The page keeps its place at the image's top left: a point {@code (x, y)} of the page
 * is pixel {@code (x, y) × dpi / 72}.
 */
final class PageImages {
  private static final int LEGEND_ROW = 18;

  private PageImages() {}

  /** The image of page {@code number} (from 1). */
  static BufferedImage draw(PDDocument document, int number, float dpi, Provenance provenance,
                            Map<String, String> labels) throws IOException {
    BufferedImage page = new PDFRenderer(document).renderImageWithDPI(number - 1, dpi, ImageType.RGB);
    float scale = dpi / 72f;
    List<Drawn> boxes = new ArrayList<>();
    provenance.elements().forEach((pointer, region) -> {
      Role role = Role.of(pointer);
      if (role == null) return;
      for (Provenance.Box b : region.boxes()) {
        if (b.page() == number) boxes.add(new Drawn(role, b.bbox(), labels.get(pointer)));
      }
    });
    for (Provenance.Furniture f : provenance.furniture()) {
      if (f.page() == number) boxes.add(new Drawn(Role.FURNITURE, f.bbox(), f.kind()));
    }
    Set<Role> shown = EnumSet.noneOf(Role.class);
    for (Drawn d : boxes) shown.add(d.role);
    int legendHeight = 8 + LEGEND_ROW * ((shown.size() + 2) / 3);
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight() + legendHeight, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.drawImage(page, 0, 0, null);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 10));
      // Larger boxes first, so that the smaller ones inside them (an action's date) stay visible.
      boxes.sort((a, b) -> Double.compare(area(b.bbox), area(a.bbox)));
      List<java.awt.Rectangle> placed = new ArrayList<>();
      for (Drawn d : boxes) box(g, d, scale, placed);
      legend(g, shown, page.getHeight(), out.getWidth(), legendHeight);
    } finally {
      g.dispose();
    }
    return out;
  }

  private record Drawn(Role role, List<Double> bbox, String label) {}

  private static double area(List<Double> b) {
    return (b.get(2) - b.get(0)) * (b.get(3) - b.get(1));
  }

  private static void box(Graphics2D g, Drawn d, float scale, List<java.awt.Rectangle> labels) {
    int x0 = (int) Math.floor(d.bbox.get(0) * scale) - 1, y0 = (int) Math.floor(d.bbox.get(1) * scale) - 1;
    int x1 = (int) Math.ceil(d.bbox.get(2) * scale) + 1, y1 = (int) Math.ceil(d.bbox.get(3) * scale) + 1;
    Color c = d.role.colour();
    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 40));
    g.fillRect(x0, y0, x1 - x0, y1 - y0);
    g.setColor(c);
    g.setStroke(new BasicStroke(d.role == Role.FURNITURE ? 1f : 1.5f));
    g.drawRect(x0, y0, x1 - x0, y1 - y0);
    if (d.label == null) return;
    FontMetrics fm = g.getFontMetrics();
    int w = fm.stringWidth(d.label) + 4, h = fm.getHeight();
    // The label sits on the box's top edge at its right, where text seldom starts; where another label stands
    // there, at its left, else on its bottom edge.
    java.awt.Rectangle at = null;
    for (int[] p : new int[][] {{x1 - w, y0 - h + 2}, {x0, y0 - h + 2}, {x1 - w, y1}, {x0, y1}}) {
      java.awt.Rectangle r = new java.awt.Rectangle(Math.max(0, p[0]), Math.max(0, p[1]), w, h - 2);
      if (labels.stream().noneMatch(r::intersects)) {
        at = r;
        break;
      }
    }
    if (at == null) return;
    labels.add(at);
    int lx = at.x, ly = at.y;
    g.fillRect(lx, ly, w, h - 2);
    g.setColor(Color.WHITE);
    g.drawString(d.label, lx + 2, ly + fm.getAscent() - 1);
  }

  private static void legend(Graphics2D g, Set<Role> shown, int top, int width, int height) {
    g.setColor(new Color(0xf4f4f4));
    g.fillRect(0, top, width, height);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    int column = Math.max(1, width / 3), k = 0;
    for (Role r : shown) {
      int x = 8 + column * (k % 3), y = top + 6 + LEGEND_ROW * (k / 3);
      g.setColor(r.colour());
      g.fillRect(x, y + 2, 12, 10);
      g.setColor(Color.DARK_GRAY);
      g.drawString(r.legend(), x + 18, y + 12);
      k++;
    }
  }
}
