package dev.minutes.robust;

import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.model.Minutes;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parses untrusted bytes with a time limit and says what came of it: a result, the parser's own error
 * (with its kind), or a defect: another exception or error, or no answer in time.
 */
public final class Robustness {
  /** What came of one input. {@code detail} is the error kind, or the defect. */
  public record Outcome(Kind kind, String detail, long millis) {
    public enum Kind { RESULT, PARSER_ERROR, DEFECT, TIMEOUT }

    public boolean acceptable() {
      return kind == Kind.RESULT || kind == Kind.PARSER_ERROR;
    }

    @Override
    public String toString() {
      return kind + (detail == null ? "" : " " + detail) + " in " + millis + " ms";
    }
  }

  private static final MinutesParser PARSER = MinutesParser.builder().build();
  private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "robustness-parse");
    t.setDaemon(true);
    return t;
  });

  private Robustness() {}

  public static Outcome parse(byte[] bytes, String name, long limitMillis) {
    return parse(PARSER, bytes, name, limitMillis);
  }

  public static Outcome parse(MinutesParser parser, byte[] bytes, String name, long limitMillis) {
    long start = System.nanoTime();
    Future<Minutes> f = POOL.submit(() -> parser.parse(bytes, name));
    try {
      f.get(limitMillis, TimeUnit.MILLISECONDS);
      return new Outcome(Outcome.Kind.RESULT, null, elapsed(start));
    } catch (TimeoutException e) {
      f.cancel(true);
      return new Outcome(Outcome.Kind.TIMEOUT, "after " + limitMillis + " ms", elapsed(start));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof MinutesException m) {
        return new Outcome(Outcome.Kind.PARSER_ERROR, m.kind().name(), elapsed(start));
      }
      return new Outcome(Outcome.Kind.DEFECT, String.valueOf(cause), elapsed(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(Outcome.Kind.DEFECT, "interrupted", elapsed(start));
    }
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
