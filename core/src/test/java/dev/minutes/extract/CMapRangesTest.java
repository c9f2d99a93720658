package dev.minutes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CMapRangesTest {
  private static final String HEAD = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n";
  private static final String TAIL = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

  @Test
  void aSoundCMapIsReturnedAsItIs() {
    String cmap = HEAD + "2 beginbfrange\n<000E> <001C> <002B>\n<0024> <0025> [<0041> <0042>]\nendbfrange\n"
        + "1 beginbfchar\n<0003> <0020>\nendbfchar\n" + TAIL;
    assertSame(cmap, CMapRanges.repair(cmap));
  }

  @Test
  void anOverlongRangeIsCutTo65536Codes() {
    String cmap = HEAD + "3 beginbfrange\n<000E> <001C> <002B>\n<0046> <004Ce51Bea3B6c186F> <0050>\n"
        + "<0060> <0061> <0070>\nendbfrange\n" + TAIL;
    String repaired = CMapRanges.repair(cmap);
    assertEquals(cmap.replace("<004Ce51Bea3B6c186F>", "<00010045>"), repaired);
  }

  @Test
  void everyBlockIsRepairedAndArraysAreLeftToTheirOwnCheck() {
    String cmap = HEAD + "1 beginbfrange\n<00> <7FFFFFFF> <0041>\nendbfrange\n"
        + "1 beginbfrange\n<0000> <FFFFFF> [<0041>]\nendbfrange\n"
        + "1 beginbfrange\n<0001> < 0F FF FF > <0041>\nendbfrange\n" + TAIL;
    String repaired = CMapRanges.repair(cmap);
    assertEquals(cmap.replace("<7FFFFFFF>", "<0000FFFF>").replace("< 0F FF FF >", "<00010000>"), repaired);
  }

  @Test
  void textThatIsNotACMapIsLeftAlone() {
    for (String junk : new String[] {"", "beginbfrange", "beginbfrange <00", "beginbfrange <00> <FFFFFFF", "x endbfrange"}) {
      assertSame(junk, CMapRanges.repair(junk));
    }
  }
}
