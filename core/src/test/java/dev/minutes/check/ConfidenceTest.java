package dev.minutes.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.minutes.model.Format;
import dev.minutes.model.Item;
import dev.minutes.model.Meeting;
import dev.minutes.model.Minutes;
import dev.minutes.model.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the confidence level, on a reading made to meet it. */
class ConfidenceTest {
  private static final Meeting MEETING = new Meeting("Möte", "2018-11-14", null, null, null, List.of());

  private static Item item(String number, String title) {
    return new Item(number, 1, title, List.of(1), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static Minutes minutes(List<Warning> warnings, Item... items) {
    return new Minutes("1", null, MEETING, List.of(items), warnings);
  }

  private static String level(Minutes m, double agreement, double plausibility) {
    return Confidence.of(m, agreement, plausibility).level();
  }

  private static List<String> codes(Minutes m, double agreement, double plausibility) {
    return Confidence.of(m, agreement, plausibility).warnings().stream().map(Warning::code).toList();
  }

  @Test
  void numberedItemsThatBothReadingsFindAndTheModelsBelieveAreHigh() {
    Minutes m = minutes(List.of(), item("1", "Öppning"), item("2", "Val av justerare"));
    assertEquals(Format.HIGH, level(m, 1.0, 0.9));
    assertEquals(Format.HIGH, level(m, Double.NaN, Double.NaN), "where nothing was measured, nothing lowers it");
    assertEquals(List.of(), codes(m, 1.0, 0.9));
  }

  @Test
  void noItemsOrADamagedTextLayerAreLow() {
    assertEquals(Format.LOW, level(minutes(List.of()), Double.NaN, Double.NaN));
    Minutes garbled = minutes(List.of(new Warning("text.garbled", "page 1: 40% …", 1)), item("1", "Öppning"));
    assertEquals(Format.LOW, level(garbled, 1.0, 0.9));
  }

  @Test
  void headingsTheModelsFindUnlikelyAreLowAndDoubtfulOnesMedium() {
    Minutes m = minutes(List.of(), item("1", "Öppning"));
    assertEquals(Format.LOW, level(m, 1.0, 0.2));
    assertEquals(Format.MEDIUM, level(m, 1.0, 0.45));
    assertEquals(List.of("check.headings-doubtful"), codes(m, 1.0, 0.45));
  }

  @Test
  void readingsThatDisagreeAreMedium() {
    Minutes m = minutes(List.of(), item("1", "Öppning"));
    assertEquals(Format.MEDIUM, level(m, 0.3, 0.9));
    assertEquals(List.of("check.readings-disagree"), codes(m, 0.3, 0.9));
  }

  @Test
  void unnumberedItemsOrASelfCheckMakeItMediumWithoutAWarningOfItsOwn() {
    assertEquals(Format.MEDIUM, level(minutes(List.of(), item(null, "Budget")), 1.0, 0.9));
    Minutes checked = minutes(List.of(new Warning("check.heading-in-text", "…", 1)), item("1", "Öppning"));
    assertEquals(Format.MEDIUM, level(checked, 1.0, 0.9));
    assertEquals(List.of(), codes(checked, 1.0, 0.9));
  }
}
