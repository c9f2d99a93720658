package dev.minutes.cli.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.minutes.cli.bulk.BulkCommand.Task;
import dev.minutes.json.MinutesJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * One worker JVM at a time, fed from the run's shared queue: it keeps each of the worker's threads busy with
 * one more file queued in the worker, and replaces the worker when it is stopped, dies, retires or has had
 * {@code --recycle} files. The rules for what a worker's end costs the files it had:
 * <ul>
 *   <li>A file past its {@code --timeout} (counted from when a thread took it), and {@code --ocr-timeout} more
 *       for each of its pages the worker has started to read by OCR, fails; the worker is killed.
 *   <li>When the worker runs out of memory or crashes, the file it was parsing fails, if it was parsing one
 *       file; if it was parsing several, none is known to be the cause, and all go back to the queue.
 *   <li>The other files the worker had go back to the queue: a file it was parsing counts a put-back, one
 *       still waiting in the worker does not (it ran no risk and caused nothing).
 *   <li>A file with two put-backs is parsed alone: its worker has no other file until it is done, so that
 *       what ends that worker is the file's own failure.
 * </ul>
 */
final class Lane implements Runnable {
  /** How long a worker may take to start its first file. */
  private static final long START_MILLIS = 60_000;
  private static final AtomicLong IDS = new AtomicLong();

  /** Where a lane's results go. */
  interface Results {
    void started(Task t);

    /** The worker started to read a page of the file by OCR. */
    void ocrPage(Task t);

    void ok(Task t, JsonNode reply) throws IOException;

    void failed(Task t, JsonNode reply) throws IOException;

    void putBack(Task t);
  }

  /** Starts a worker, or gives null when the run is stopping. */
  interface Workers {
    WorkerProcess start() throws IOException;

    void retire(WorkerProcess w);
  }

  private static final class InFlight {
    final Task task;
    boolean begun;  // a thread of the worker has taken it
    long startedNanos;
    int ocrPages;  // pages the worker started to read by OCR, each giving the file ocrPageMillis more
    boolean suspect;  // being parsed when the worker ended, or one of those that could have ended it

    InFlight(Task task) {
      this.task = task;
    }

    /** When its time is up (once begun): the timeout, and more for each page read by OCR. */
    long deadlineNanos(long timeoutMillis, long ocrPageMillis) {
      return startedNanos + TimeUnit.MILLISECONDS.toNanos(timeoutMillis + ocrPages * ocrPageMillis);
    }

    /** The time it was given, for the timeout's message. */
    String allowed(long timeoutMillis, long ocrPageMillis) {
      return timeoutMillis / 1000.0 + " s" + (ocrPages == 0 ? ""
          : " and " + ocrPageMillis / 1000.0 + " s for each of " + ocrPages + " page(s) read by OCR");
    }
  }

  private final BlockingDeque<Task> queue;
  private final BooleanSupplier moreComing;
  private final BooleanSupplier stopping;
  private final Workers workers;
  private final Results results;
  private final long timeoutMillis;
  private final long ocrPageMillis;
  private final int recycle;
  private final Map<Long, InFlight> inFlight = new LinkedHashMap<>();
  private WorkerProcess worker;
  /** A file to be parsed alone: held until the worker is empty, then sent with nothing beside it. */
  private Task alone;
  /** When the worker last said something, or was last sent a file. */
  private long heardNanos;

  /**
   * @param first the lane's first worker (already starting), or null
   * @param moreComing whether files may still be added to the queue other than by put-backs
   * @param ocrPageMillis more time a file gets for each page the worker starts to read by OCR
   */
  Lane(WorkerProcess first, BlockingDeque<Task> queue, BooleanSupplier moreComing, BooleanSupplier stopping,
       Workers workers, Results results, long timeoutMillis, long ocrPageMillis, int recycle) {
    this.worker = first;
    this.queue = queue;
    this.moreComing = moreComing;
    this.stopping = stopping;
    this.workers = workers;
    this.results = results;
    this.timeoutMillis = timeoutMillis;
    this.ocrPageMillis = ocrPageMillis;
    this.recycle = recycle;
  }

  @Override
  public void run() {
    try {
      loop();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    } finally {
      if (worker != null) workers.retire(worker);
    }
  }

  private void loop() throws IOException, InterruptedException {
    while (!stopping.getAsBoolean()) {
      Task next = nextToSend();
      if (next != null) {
        if (!takesMore()) {
          if (worker != null) workers.retire(worker);
          worker = workers.start();
          if (worker == null) return;
        }
        long id = IDS.incrementAndGet();
        inFlight.put(id, new InFlight(next));
        worker.send(id, next.input(), next.output());
        heardNanos = System.nanoTime();
        continue;
      }
      if (inFlight.isEmpty()) {
        if (alone == null && queue.isEmpty() && !moreComing.getAsBoolean()) return;
        continue;  // nextToSend waited for the queue
      }
      listen();
    }
  }

  /** The next file to send now, or null: the worker is full, must not have more, or there is none yet. */
  private Task nextToSend() throws InterruptedException {
    if (alone != null) return inFlight.isEmpty() ? alone : null;
    if (!inFlight.isEmpty() && (inFlight.size() > worker.threads() || !takesMore())) return null;
    Task t = inFlight.isEmpty() ? queue.pollFirst(100, TimeUnit.MILLISECONDS) : queue.pollFirst();
    if (t != null && t.putBacks() >= 2) {
      alone = t;
      return inFlight.isEmpty() ? t : null;
    }
    return t;
  }

  /** Whether the current worker may be sent another file. */
  private boolean takesMore() {
    return worker != null && worker.takesMore() && worker.handled() < recycle;
  }

  /**
   * Waits for the worker's next word, or for the first deadline of a file it is parsing, and acts on it. A page
   * of a file read by OCR moves that file's deadline.
   */
  private void listen() throws IOException, InterruptedException {
    long now = System.nanoTime();
    long until = Long.MAX_VALUE;
    for (InFlight f : inFlight.values()) {
      if (f.begun) until = Math.min(until, f.deadlineNanos(timeoutMillis, ocrPageMillis));
    }
    if (until == Long.MAX_VALUE) until = heardNanos + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
    if (now >= until) {
      timedOut();
      return;
    }
    long wait = TimeUnit.NANOSECONDS.toMillis(until - now) + 1;
    // While the worker has room and the inputs are still being checked, the queue is looked at often.
    if (alone == null && inFlight.size() <= worker.threads() && takesMore() && moreComing.getAsBoolean()) {
      wait = Math.min(wait, 20);
    }
    JsonNode reply = worker.next(wait);
    if (stopping.getAsBoolean() || reply == null) return;
    heardNanos = System.nanoTime();
    if (reply == WorkerProcess.EOF) {
      died(worker.deathKind());
    } else {
      InFlight f = inFlight.get(reply.path("id").asLong(-1));
      if (f == null) return;  // "ready"
      String status = reply.path("status").asText();
      if (status.equals("started")) {
        f.begun = true;
        f.startedNanos = System.nanoTime();
        results.started(f.task);
        return;
      }
      if (status.equals("ocr")) {
        f.ocrPages++;
        results.ocrPage(f.task);
        return;
      }
      inFlight.remove(reply.path("id").asLong());
      if (f.task == alone) alone = null;
      if (status.equals("ok")) results.ok(f.task, reply);
      else results.failed(f.task, reply);
    }
  }

  /** No word in time: the files past their timeout fail, the worker is killed, the others go back. */
  private void timedOut() throws IOException {
    long now = System.nanoTime();
    List<InFlight> late = new ArrayList<>();
    for (InFlight f : inFlight.values()) {
      if (f.begun && now - f.deadlineNanos(timeoutMillis, ocrPageMillis) >= 0) late.add(f);
    }
    worker.kill();
    if (late.isEmpty()) {
      died("CRASHED");  // silent for START_MILLIS with no file begun
      return;
    }
    for (InFlight f : late) {
      fail(f, "TIMEOUT", "no result within " + f.allowed(timeoutMillis, ocrPageMillis) + "; the worker was stopped");
    }
    putBackTheRest();
  }

  /** The worker ended: the one file it was parsing fails; if it was parsing several, all go back. */
  private void died(String kind) throws IOException {
    List<InFlight> parsing = inFlight.values().stream().filter(f -> f.begun).toList();
    // With no file begun, all it had are suspects (a worker that cannot start fails its files one by one).
    List<InFlight> suspects = parsing.isEmpty() ? List.copyOf(inFlight.values()) : parsing;
    if (suspects.size() == 1) {
      InFlight f = suspects.get(0);
      fail(f, kind, kind.equals("OUT_OF_MEMORY") ? "the worker ran out of memory" : "the worker ended unexpectedly");
    } else {
      for (InFlight f : suspects) f.suspect = true;
    }
    putBackTheRest();
  }

  private void fail(InFlight f, String kind, String message) throws IOException {
    inFlight.values().remove(f);
    if (f.task == alone) alone = null;
    results.failed(f.task, MinutesJson.mapper().createObjectNode().put("status", "failed").put("kind", kind)
        .put("message", f.task.input().getFileName() + ": " + message));
  }

  /** After a worker's end: the files it still had go back to the queue (see the class's rules). */
  private void putBackTheRest() {
    for (InFlight f : inFlight.values()) {
      Task t = f.begun || f.suspect ? f.task.putBack() : f.task;
      if (f.task == alone) alone = null;
      results.putBack(t);
      queue.addLast(t);
    }
    inFlight.clear();
    worker = null;
  }
}
