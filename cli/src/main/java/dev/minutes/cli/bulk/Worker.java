package dev.minutes.cli.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.json.MinutesJson;
import dev.minutes.model.Minutes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A worker JVM of a bulk run. It reads one request per line on standard input
 * ({@code {"input": …, "output": …}}), parses the input, writes the JSON to the output through a
 * temporary file and a rename, and answers one line on standard output: {@code {"status": "ok", "pages":
 * …, "ms": …, "peakHeap": …}} (with {@code "retire": true} when it should be replaced) or
 * {@code {"status": "failed", "kind": …, "message": …}}. The coordinator kills it on a timeout;
 * {@code -XX:+ExitOnOutOfMemoryError} ends it on an OutOfMemoryError.
 */
public final class Worker {
  public static void main(String[] args) throws Exception {
    java.util.logging.Logger.getLogger("org.apache").setLevel(java.util.logging.Level.OFF);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));  // nothing else may write to the channel
    exitWithParent();
    MinutesParser parser = MinutesParser.builder().build();
    ObjectMapper mapper = MinutesJson.mapper();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    out.println("{\"status\":\"ready\"}");
    for (String line; (line = in.readLine()) != null; ) {
      JsonNode request = mapper.readTree(line);
      Path input = Path.of(request.get("input").asText());
      Path output = Path.of(request.get("output").asText());
      ObjectNode reply = mapper.createObjectNode();
      long start = System.nanoTime();
      try {
        Minutes m = parser.parse(input);
        byte[] json = (MinutesJson.toJson(m, true) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(output, json);
        reply.put("status", "ok").put("pages", m.source().pages());
        var checks = reply.putArray("checks");
        m.warnings().stream().map(w -> w.code()).filter(dev.minutes.check.SelfChecks::isCheck).distinct().sorted()
            .forEach(checks::add);
      } catch (MinutesException e) {
        reply.put("status", "failed").put("kind", e.kind().name()).put("message", e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        reply.put("status", "failed").put("kind", "CRASHED").put("message", input.getFileName() + ": " + e);
      }
      reply.put("ms", (System.nanoTime() - start) / 1_000_000).put("peakHeap", peakHeap());
      if (retainedHeap() > Runtime.getRuntime().maxMemory() / 2) reply.put("retire", true);
      out.println(mapper.writeValueAsString(reply));
    }
  }

  /** A worker whose coordinator is gone stops at once, mid-file or not: its output would have no reader. */
  private static void exitWithParent() {
    ProcessHandle.current().parent().ifPresent(parent -> {
      Thread watch = new Thread(() -> {
        while (parent.isAlive()) {
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            return;
          }
        }
        Runtime.getRuntime().halt(1);
      }, "parent-watch");
      watch.setDaemon(true);
      watch.start();
    });
  }

  /**
   * The heap still in use after the last collection, in bytes. When it passes half the cap, something is
   * kept from file to file; the worker asks to be replaced before that ends in an OutOfMemoryError that
   * would be blamed on whichever file came last.
   */
  static long retainedHeap() {
    return heap(MemoryPoolMXBean::getCollectionUsage);
  }

  /**
   * The heap pools' peak usages summed, in bytes: each pool peaked at its own time, so this bounds the most
   * heap this JVM has used from above.
   */
  static long peakHeap() {
    return heap(MemoryPoolMXBean::getPeakUsage);
  }

  /** The sum over the heap pools of one of their usages (pools that do not keep it count nothing). */
  private static long heap(Function<MemoryPoolMXBean, MemoryUsage> usage) {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage u = pool.getType() == MemoryType.HEAP ? usage.apply(pool) : null;
      if (u != null) sum += u.getUsed();
    }
    return sum;
  }
}
