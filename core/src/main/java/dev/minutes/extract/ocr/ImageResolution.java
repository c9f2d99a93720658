package dev.minutes.extract.ocr;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The resolution a page was scanned at: that of the largest image drawn on it, where that image covers at least half
 * the page; 0 otherwise (a born-digital page, or small pictures). Tesseract reads a scan best at its own resolution:
 * measured on the scanned fixtures, 2.2% of words wrong read at 150 and 200 dpi, against 5.3% when scaled to 300 dpi
 * (bicubic) and 6.4% when PDFBox scales it (it scales images up by repeating pixels).
 */
final class ImageResolution extends PDFGraphicsStreamEngine {
  private double bestArea;
  private double dpi;

  private ImageResolution(PDPage page) {
    super(page);
  }

  /** The page's scan resolution in dots per inch (the lower of across and down), or 0. */
  static double of(PDPage page) throws IOException {
    ImageResolution r = new ImageResolution(page);
    r.processPage(page);
    double pageArea = Math.abs(page.getCropBox().getWidth() * page.getCropBox().getHeight());
    return r.bestArea >= pageArea / 2 ? r.dpi : 0;
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
    double w = Math.hypot(m.getValue(0, 0), m.getValue(0, 1)), h = Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
    double area = w * h;
    if (area <= bestArea || w < 1 || h < 1) return;
    bestArea = area;
    // w and h are the lengths the image's width and height are drawn over, turned or not
    dpi = Math.min(image.getWidth() / (w / 72), image.getHeight() / (h / 72));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

  @Override
  public void clip(int windingRule) {}

  @Override
  public void moveTo(float x, float y) {}

  @Override
  public void lineTo(float x, float y) {}

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float();
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {}

  @Override
  public void strokePath() {}

  @Override
  public void fillPath(int windingRule) {}

  @Override
  public void fillAndStrokePath(int windingRule) {}

  @Override
  public void shadingFill(COSName shadingName) {}
}
