package dev.minutes.cli.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.json.MinutesJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The coordinator's handle on one worker JVM: starts it, queues files for it, waits for each answer up
 * to the timeout, and kills it when the time is up or it died.
 */
final class WorkerProcess implements AutoCloseable {
  /** The JVM's exit code under {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OOM_EXIT = 3;
  private static final JsonNode EOF = MinutesJson.mapper().createObjectNode().put("status", "eof");

  private final Process process;
  private final Writer requests;
  private final BlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();
  private final ObjectMapper mapper = MinutesJson.mapper();
  private int handled;
  private boolean ready;
  private boolean retiring;
  private volatile boolean usable = true;

  /**
   * @param heap the worker's heap cap
   * @param quickCompile compile with C1 only: each worker JVM compiles PDFBox anew, and where workers fill
   *     every core, C2's compiler threads take the time the workers need (measured: see the README)
   * @param extraOptions more JVM options, last so that they win
   * @param ocr the workers' {@code --ocr} mode
   */
  WorkerProcess(String heap, boolean quickCompile, List<String> extraOptions, String ocr) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError",
        "-XX:+UseSerialGC"));
    if (quickCompile) command.add("-XX:TieredStopAtLevel=1");
    command.addAll(extraOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Worker.class.getName(), "--ocr", ocr));
    process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readReplies, "bulk-worker-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void readReplies() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        // The JVM itself may print to the channel (warnings, options from MINUTES_WORKER_OPTS): not replies.
        if (!line.startsWith("{\"status\"")) continue;
        replies.add(mapper.readTree(line));
      }
    } catch (IOException e) {
      // the worker went away; EOF below says so
    }
    replies.add(EOF);
  }

  int handled() {
    return handled;
  }

  /**
   * Queues one file: the worker starts on it when it has answered for the files sent before. A worker that
   * cannot be written to has died, which {@link #await} reports.
   */
  void send(Path input, Path output) {
    handled++;
    var request = mapper.createObjectNode().put("input", input.toString()).put("output", output.toString());
    try {
      requests.write(mapper.writeValueAsString(request) + "\n");
      requests.flush();
    } catch (IOException e) {
      usable = false;
    }
  }

  /**
   * The answer for the oldest file sent and not answered yet ({@code input}), or a synthetic failure. Its
   * time starts now: the worker starts a file when it has answered for the one before. Each page the worker
   * starts to read by OCR gives the file {@code ocrPageMillis} more and is told to {@code onOcrPage}.
   */
  JsonNode await(Path input, long timeoutMillis, long ocrPageMillis, Runnable onOcrPage) throws InterruptedException {
    if (!ready) {
      JsonNode hello = replies.poll(60, TimeUnit.SECONDS);
      if (hello == null || !"ready".equals(hello.path("status").asText())) return died(input);
      ready = true;
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    int ocrPages = 0;
    while (true) {
      long left = deadline - System.nanoTime();
      JsonNode reply = left <= 0 ? null : replies.poll(left, TimeUnit.NANOSECONDS);
      if (reply == null) {
        kill();
        String allowed = timeoutMillis / 1000.0 + " s" + (ocrPages == 0 ? ""
            : " and " + ocrPageMillis / 1000.0 + " s for each of " + ocrPages + " page(s) read by OCR");
        return failure("TIMEOUT", input.getFileName() + ": no result within " + allowed + "; the worker was stopped");
      }
      if (reply == EOF) return died(input);
      if ("ocr".equals(reply.path("status").asText())) {
        ocrPages++;
        deadline += TimeUnit.MILLISECONDS.toNanos(ocrPageMillis);
        onOcrPage.run();
        continue;
      }
      if (reply.path("retire").asBoolean()) retiring = true;
      return reply;
    }
  }

  /** The answer for the oldest file sent, without OCR's allowance (tests). */
  JsonNode await(Path input, long timeoutMillis) throws InterruptedException {
    return await(input, timeoutMillis, 0, () -> {});
  }

  /** Whether the worker may be sent more files: it is usable and has not asked to be replaced. */
  boolean takesMore() {
    return usable() && !retiring;
  }

  private JsonNode died(Path input) throws InterruptedException {
    process.waitFor(10, TimeUnit.SECONDS);
    boolean oom = !process.isAlive() && process.exitValue() == OOM_EXIT;
    kill();
    return oom ? failure("OUT_OF_MEMORY", input.getFileName() + ": the worker ran out of memory")
        : failure("CRASHED", input.getFileName() + ": the worker ended unexpectedly");
  }

  private JsonNode failure(String kind, String message) {
    return mapper.createObjectNode().put("status", "failed").put("kind", kind).put("message", message);
  }

  /** Whether the worker can take another file: it was not stopped and has not died. */
  boolean usable() {
    return usable && process.isAlive();
  }

  void kill() {
    usable = false;
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  @Override
  public void close() {
    try {
      requests.close();
      if (!process.waitFor(5, TimeUnit.SECONDS)) kill();
    } catch (IOException | InterruptedException e) {
      kill();
    }
  }
}
