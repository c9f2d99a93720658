package dev.minutes.cli.bulk;

import dev.minutes.MinutesParser;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A worker that parses as {@link Worker} does, except where the file's name says: {@code hang} never
 * finishes; {@code oom} runs the worker out of memory at once; {@code slow} waits a second first;
 * {@code crowd} runs the worker out of memory when another file is being parsed beside it within two
 * seconds, and parses normally alone.
 */
public final class FaultyWorker {
  private static final AtomicInteger PARSING = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    Worker.Options options = Worker.Options.of(args);
    Worker.serve(options.threads(), listener -> {
      MinutesParser parser = options.parser(listener);
      return input -> {
        PARSING.incrementAndGet();
        try {
          String name = input.getFileName().toString();
          if (name.contains("hang")) sleep(Long.MAX_VALUE);
          if (name.contains("oom")) exhaustTheHeap();
          if (name.contains("slow")) sleep(1000);
          if (name.contains("crowd")) {
            for (long end = System.nanoTime() + 2_000_000_000L; System.nanoTime() < end && PARSING.get() < 2; ) sleep(5);
            if (PARSING.get() >= 2) exhaustTheHeap();
          }
          return parser.parse(input);
        } finally {
          PARSING.decrementAndGet();
        }
      };
    });
  }

  private static void exhaustTheHeap() {
    long[] tooBig = new long[(int) Math.min(Integer.MAX_VALUE - 16, Runtime.getRuntime().maxMemory() / 8 + 1)];
    tooBig[0] = 1;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
