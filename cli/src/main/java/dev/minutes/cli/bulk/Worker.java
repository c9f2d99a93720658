package dev.minutes.cli.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.minutes.MinutesException;
import dev.minutes.MinutesParser;
import dev.minutes.extract.ocr.OcrListener;
import dev.minutes.extract.ocr.OcrMode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * A worker JVM of a bulk run. It reads one request per line on standard input
 * ({@code {"id": …, "input": …, "output": …}}) and parses the inputs on as many threads as {@code --threads}
 * says (one by default), which share the parser and the compiled code. For each input it answers on standard
 * output {@code {"status": "started", "id": …}} when a thread takes it, then {@code {"status": "ok", "id": …,
 * "pages": …, "ocrPages": …, "ms": …, "peakHeap": …}} (with {@code "retire": true} when it should be replaced)
 * or {@code {"status": "failed", "id": …, "kind": …, "message": …}}, having written the JSON to the output
 * through a temporary file and a rename. Between the two, as each page's OCR starts, it says so:
 * {@code {"status": "ocr", "id": …, "page": …, "index": …, "pages": …}}, so that the coordinator counts the page
 * and gives that file more time. The coordinator kills it, and with it Tesseract, on a timeout;
 * {@code -XX:+ExitOnOutOfMemoryError} ends it on an OutOfMemoryError. At the end of its input it finishes
 * the files it has and stops. Arguments: {@code [--threads N] [--ocr auto|always|never]} (see {@link Options}).
 */
public final class Worker {
  private static final JsonNode END = MinutesJson.mapper().createObjectNode();

  /** The id of the request each parsing thread is on, for what the OCR listener says on that thread. */
  private static final ThreadLocal<JsonNode> REQUEST_ID = new ThreadLocal<>();

  /** A worker's arguments: {@code --threads N} (files parsed at once) and {@code --ocr MODE}. */
  record Options(int threads, OcrMode ocr) {
    static Options of(String[] args) {
      int threads = 1;
      OcrMode ocr = OcrMode.AUTO;
      for (int i = 0; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--threads" -> threads = Integer.parseInt(args[i + 1]);
          case "--ocr" -> ocr = OcrMode.of(args[i + 1]);
          default -> throw new IllegalArgumentException("unknown worker argument: " + args[i]);
        }
      }
      return new Options(threads, ocr);
    }

    List<String> args() {
      return List.of("--threads", String.valueOf(threads), "--ocr", ocr.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The parser these options call for, telling {@code listener} as each page's OCR starts. */
    MinutesParser parser(OcrListener listener) {
      return MinutesParser.builder().ocr(ocr).ocrListener(listener).build();
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.of(args);
    serve(options.threads(), listener -> options.parser(listener)::parse);
  }

  /**
   * The worker's loop on {@code threads} threads, with the parse that {@code parser} makes, given the listener
   * that tells the coordinator of each page's OCR, doing the parsing (tests put faults in it).
   */
  static void serve(int threads, Function<OcrListener, Parse> parser) throws Exception {
    java.util.logging.Logger.getLogger("org.apache").setLevel(java.util.logging.Level.OFF);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));  // nothing else may write to the channel
    exitWithParent();
    ObjectMapper mapper = MinutesJson.mapper();
    // Told on the parsing thread, whose request the id names.
    Parse parse = parser.apply((page, index, pages) -> {
      ObjectNode ocr = mapper.createObjectNode().put("status", "ocr");
      ocr.set("id", REQUEST_ID.get());
      try {
        reply(out, mapper, ocr.put("page", page).put("index", index).put("pages", pages));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    BlockingQueue<JsonNode> requests = new LinkedBlockingQueue<>();
    List<Thread> parsers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          for (JsonNode request; (request = requests.take()) != END; ) {
            reply(out, mapper, mapper.createObjectNode().put("status", "started").set("id", request.get("id")));
            REQUEST_ID.set(request.get("id"));
            try {
              reply(out, mapper, parseOne(request, parse, mapper));
            } finally {
              REQUEST_ID.remove();
            }
          }
        } catch (InterruptedException | java.io.IOException e) {
          Runtime.getRuntime().halt(1);  // the channel is broken: the coordinator replaces this worker
        }
      }, "parse-" + i);
      t.start();
      parsers.add(t);
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    reply(out, mapper, mapper.createObjectNode().put("status", "ready"));
    for (String line; (line = in.readLine()) != null; ) requests.add(mapper.readTree(line));
    for (int i = 0; i < threads; i++) requests.add(END);
    for (Thread t : parsers) t.join();
  }

  /** How a worker parses one input. */
  @FunctionalInterface
  interface Parse {
    Minutes parse(Path input) throws MinutesException;
  }

  private static ObjectNode parseOne(JsonNode request, Parse parse, ObjectMapper mapper) {
    Path input = Path.of(request.get("input").asText());
    Path output = Path.of(request.get("output").asText());
    // "status" first: the coordinator takes only lines that begin with it for replies.
    ObjectNode reply = mapper.createObjectNode().put("status", "ok");
    reply.set("id", request.get("id"));
    long start = System.nanoTime();
    try {
      Minutes m = parse.parse(input);
      byte[] json = (MinutesJson.toJson(m, true) + "\n").getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(output, json);
      reply.put("pages", m.source().pages()).put("ocrPages", m.source().ocr().size());
      var checks = reply.putArray("checks");
      m.warnings().stream().map(w -> w.code()).filter(dev.minutes.check.SelfChecks::isCheck).distinct().sorted()
          .forEach(checks::add);
    } catch (MinutesException e) {
      reply.put("status", "failed").put("kind", e.kind().name()).put("message", e.getMessage());
    } catch (RuntimeException | java.io.IOException | StackOverflowError e) {
      reply.put("status", "failed").put("kind", "CRASHED").put("message", input.getFileName() + ": " + e);
    }
    reply.put("ms", (System.nanoTime() - start) / 1_000_000).put("peakHeap", peakHeap());
    if (retainedHeap() > Runtime.getRuntime().maxMemory() / 2) reply.put("retire", true);
    return reply;
  }

  private static void reply(PrintStream out, ObjectMapper mapper, JsonNode reply) throws java.io.IOException {
    String line = mapper.writeValueAsString(reply);
    synchronized (out) {
      out.println(line);
    }
  }

  /**
   * A worker whose coordinator is gone stops at once, mid-file or not: its output would have no reader. Its
   * processes (Tesseract) go with it.
   */
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
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
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
