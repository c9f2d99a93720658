package dev.minutes.spark;

import dev.minutes.MinutesException;
import dev.minutes.model.Minutes;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parsing side of an executor JVM: one {@link DocumentParser} per class, shared by every task of the
 * executor, and the threads that parse with a time limit.
 *
 * <p>Each file is read and parsed on a thread of a pool of daemon threads while the task's thread waits for
 * it at most the time limit. When the time is up the parse thread is interrupted and left behind: the task
 * records a {@code timeout} row and goes on with its next file on another thread. PDFBox does not look at
 * interrupts, so a parse that really loops keeps its thread (and a core) until it ends by itself or the
 * executor stops; {@link #abandoned()} counts such threads, and each timeout's message gives the count. This
 * is the safety given up against {@code minutes bulk}, which kills a worker process that overruns and so frees
 * its memory and its core at once.
 */
final class ExecutorParsing {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorParsing.class);
  private static final ConcurrentHashMap<String, DocumentParser> PARSERS = new ConcurrentHashMap<>();
  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
  private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
    Thread t = new Thread(task, "minutes-parse-" + THREAD_NUMBER.incrementAndGet());
    t.setDaemon(true);
    return t;
  });
  /** Parse threads that overran their time and are still running. */
  private static final AtomicInteger ABANDONED = new AtomicInteger();
  /** Files this JVM began to read. */
  private static final java.util.concurrent.atomic.AtomicLong STARTED = new java.util.concurrent.atomic.AtomicLong();

  private ExecutorParsing() {}

  /** This JVM's parser of that class, made on first use. */
  static DocumentParser parser(String className) {
    return PARSERS.computeIfAbsent(className, ExecutorParsing::newParser);
  }

  private static DocumentParser newParser(String className) {
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader == null) loader = ExecutorParsing.class.getClassLoader();
      Class<?> type = Class.forName(className, true, loader);
      return (DocumentParser) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException("minutes: option parser: " + className
          + " is not a DocumentParser with a public no-argument constructor: " + e, e);
    }
  }

  /** Files this JVM began to read and parse, for the tests. */
  static long started() {
    return STARTED.get();
  }

  /** Parse threads in this JVM that overran their time limit and have not ended yet. */
  static int abandoned() {
    return ABANDONED.get();
  }

  /**
   * Reads and parses the file at {@code path} on a parse thread within {@code timeoutMillis}.
   *
   * @throws InterruptedIOException when the task itself is interrupted (Spark cancels it)
   */
  static FileOutcome parse(String path, long bytes, Configuration conf, DocumentParser parser, long timeoutMillis)
      throws InterruptedIOException {
    long start = System.nanoTime();
    STARTED.incrementAndGet();
    AtomicInteger state = new AtomicInteger(PENDING);
    Future<FileOutcome> future = THREADS.submit(() -> {
      if (!state.compareAndSet(PENDING, RUNNING)) return null;  // its time ran out before it began
      try {
        return read(path, bytes, conf, parser, start);
      } finally {
        if (!state.compareAndSet(RUNNING, DONE)) {
          ABANDONED.decrementAndGet();
          LOG.warn("minutes: {}: the parse that overran its time ended after {} ms", path, millisSince(start));
        }
      }
    });
    try {
      return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      String message = name(path) + ": no result within " + seconds(timeoutMillis) + " s";
      if (state.compareAndSet(RUNNING, LEFT)) {
        future.cancel(true);
        message += String.format(Locale.ROOT, "; the parse was interrupted and left behind (%d overrun parse "
            + "thread(s) still running in this executor)", ABANDONED.incrementAndGet());
      } else if (!state.compareAndSet(PENDING, DROPPED)) {
        return result(future, path, bytes, start);  // it ended just now
      }
      LOG.warn("minutes: {}", message);
      return FileOutcome.failed(path, bytes, "timeout", message, millisSince(start));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("minutes: interrupted while parsing " + path);
    } catch (ExecutionException e) {
      return crashed(path, bytes, e.getCause(), start);
    }
  }

  /** A parse's states: waiting for its thread, running, ended in time, left behind, or dropped unstarted. */
  private static final int PENDING = 0;
  private static final int RUNNING = 1;
  private static final int DONE = 2;
  private static final int LEFT = 3;
  private static final int DROPPED = 4;

  private static FileOutcome result(Future<FileOutcome> future, String path, long bytes, long start) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FileOutcome.failed(path, bytes, "crashed", name(path) + ": interrupted", millisSince(start));
    } catch (ExecutionException e) {
      return crashed(path, bytes, e.getCause(), start);
    }
  }

  private static FileOutcome crashed(String path, long bytes, Throwable cause, long start) {
    if (cause instanceof OutOfMemoryError) {
      return FileOutcome.failed(path, bytes, "out-of-memory", name(path) + ": the parse ran out of memory ("
          + cause.getMessage() + ")", millisSince(start));
    }
    return FileOutcome.failed(path, bytes, "crashed", name(path) + ": " + cause, millisSince(start));
  }

  /** On the parse thread: the file's bytes from its file system, then the parse. */
  private static FileOutcome read(String path, long bytes, Configuration conf, DocumentParser parser, long start) {
    Path file = new Path(path);
    String name = file.getName();
    byte[] pdf;
    try {
      if (bytes > Integer.MAX_VALUE - 64) {
        return FileOutcome.failed(path, bytes, "unreadable", name + ": cannot be read: " + bytes
            + " bytes, more than the 2 GB a parse can hold", millisSince(start));
      }
      FileSystem fs = file.getFileSystem(conf);
      try (InputStream in = fs.open(file)) {
        pdf = in.readAllBytes();
      }
    } catch (java.io.IOException e) {
      return FileOutcome.failed(path, bytes, "unreadable", name + ": cannot be read: " + e.getMessage(),
          millisSince(start));
    }
    try {
      Minutes minutes = parser.parse(pdf, name);
      return new FileOutcome(path, pdf.length, minutes, null, null, millisSince(start));
    } catch (MinutesException e) {
      return FileOutcome.failed(path, pdf.length, error(e.kind()), e.getMessage(), millisSince(start));
    } catch (RuntimeException | StackOverflowError e) {
      return FileOutcome.failed(path, pdf.length, "crashed", name + ": " + e, millisSince(start));
    }
  }

  /** The word {@code minutes bulk} reports for a kind. */
  static String error(MinutesException.Kind kind) {
    return switch (kind) {
      case NOT_A_PDF -> "not-a-pdf";
      case DAMAGED -> "damaged";
      case PASSWORD_REQUIRED -> "password";
      case NO_TEXT -> "no-text";
      case IO -> "unreadable";
    };
  }

  private static String name(String path) {
    return new Path(path).getName();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%s", millis / 1000.0);
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
