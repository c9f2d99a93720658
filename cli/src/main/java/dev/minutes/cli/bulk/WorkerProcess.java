package dev.minutes.cli.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.minutes.extract.ocr.OcrMode;
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
 * The coordinator's handle on one worker JVM: starts it, sends it files, hands on what it says, and kills
 * it. Which file to blame when it dies or is stopped is the caller's business (see {@link Lane}).
 */
final class WorkerProcess implements AutoCloseable {
  /** The JVM's exit code under {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OOM_EXIT = 3;
  /** What {@link #next} gives once the worker has ended and everything it said was handed on. */
  static final JsonNode EOF = MinutesJson.mapper().createObjectNode().put("status", "eof");

  private final Process process;
  private final int threads;
  private final Writer requests;
  private final BlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();
  private final ObjectMapper mapper = MinutesJson.mapper();
  private int handled;
  private boolean retiring;
  private volatile boolean usable = true;

  /**
   * @param heap the heap cap of each of its threads; the JVM's is that times {@code threads}
   * @param threads files the worker parses at once, on threads sharing one JIT
   * @param quickCompile compile with C1 only (see {@link BulkCommand#quickCompile})
   * @param extraOptions more JVM options, last so that they win
   * @param mainClass the worker's main class ({@link Worker}; tests put in one with faults)
   * @param ocr the worker's {@code --ocr} mode
   */
  WorkerProcess(String heap, int threads, boolean quickCompile, List<String> extraOptions, String mainClass,
                OcrMode ocr) throws IOException {
    this.threads = threads;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + times(heap, threads),
        "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC"));
    if (quickCompile) command.add("-XX:TieredStopAtLevel=1");
    command.addAll(extraOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(new Worker.Options(threads, ocr).args());
    process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readReplies, "bulk-worker-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** A JVM memory size ({@code 256m}, {@code 1g}, {@code 300000k}) times n, in the same form. */
  static String times(String size, int n) {
    var m = java.util.regex.Pattern.compile("(\\d+)([kKmMgG]?)").matcher(size.strip());
    if (!m.matches()) throw new IllegalArgumentException("not a memory size (256m, 1g): " + size);
    return Long.parseLong(m.group(1)) * n + m.group(2);
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

  int threads() {
    return threads;
  }

  /** Files sent to this worker so far. */
  int handled() {
    return handled;
  }

  /**
   * Sends one file, which the worker starts when a thread is free. A worker that cannot be written to has
   * died, which {@link #next} reports.
   */
  void send(long id, Path input, Path output) {
    handled++;
    var request = mapper.createObjectNode().put("id", id).put("input", input.toString()).put("output", output.toString());
    try {
      requests.write(mapper.writeValueAsString(request) + "\n");
      requests.flush();
    } catch (IOException e) {
      usable = false;
    }
  }

  /**
   * What the worker says next ({@code ready}, {@code started}, {@code ocr}, {@code ok}, {@code failed}),
   * {@link #EOF} once it has ended, or null when it said nothing for {@code timeoutMillis}.
   */
  JsonNode next(long timeoutMillis) throws InterruptedException {
    JsonNode reply = replies.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    if (reply != null && reply.path("retire").asBoolean()) retiring = true;
    return reply;
  }

  /** Why the worker ended, once {@link #next} gave {@link #EOF}: {@code OUT_OF_MEMORY} or {@code CRASHED}. */
  String deathKind() throws InterruptedException {
    process.waitFor(10, TimeUnit.SECONDS);
    boolean oom = !process.isAlive() && process.exitValue() == OOM_EXIT;
    kill();
    return oom ? "OUT_OF_MEMORY" : "CRASHED";
  }

  /** Whether the worker may be sent more files: it is usable and has not asked to be replaced. */
  boolean takesMore() {
    return usable() && !retiring;
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
