package dev.minutes.spark;

import dev.minutes.MinutesException;
import dev.minutes.model.Minutes;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A parser that never returns on files whose name starts with {@code loop}, and swallows interrupts while it
 * waits, as a PDFBox loop ignores them; other files it parses as the library does. The test releases it.
 */
public final class SpinningParser implements DocumentParser {
  static volatile boolean released;
  static final AtomicInteger SPINNING = new AtomicInteger();
  static final AtomicInteger INTERRUPTS_IGNORED = new AtomicInteger();
  private final DefaultDocumentParser parser = new DefaultDocumentParser();

  @Override
  public Minutes parse(byte[] pdf, String name) throws MinutesException {
    if (name.startsWith("loop")) {
      SPINNING.incrementAndGet();
      try {
        while (!released) {
          if (Thread.interrupted()) INTERRUPTS_IGNORED.incrementAndGet();
          LockSupport.parkNanos(1_000_000);
        }
      } finally {
        SPINNING.decrementAndGet();
      }
    }
    return parser.parse(pdf, name);
  }
}
