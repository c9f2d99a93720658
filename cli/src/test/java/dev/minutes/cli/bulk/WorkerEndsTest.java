package dev.minutes.cli.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minutes.fixtures.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a worker parsing two files at once costs the files when it is stopped or dies: only the file that
 * caused it fails, the others go back to the queue, and a file put back twice is parsed alone. The worker
 * is {@link FaultyWorker}, whose faults are chosen by the file's name.
 */
class WorkerEndsTest {
  @TempDir Path tmp;
  final StringWriter err = new StringWriter();

  /** A bulk run over copies of a small fixture under the given names, with two files parsed at once. */
  Map<String, String> bulk(String... namesThenOptions) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    int names = 0;
    while (names < namesThenOptions.length && namesThenOptions[names].endsWith(".pdf")) {
      Files.copy(Fixtures.testdata().resolve("english.pdf"), in.resolve(namesThenOptions[names++]));
    }
    BulkCommand command = new BulkCommand();
    command.workerMain = FaultyWorker.class.getName();
    String[] args = Stream.concat(Stream.of(in.toString(), "--out", out.toString(), "--progress", "none", "--jobs", "2"),
        Stream.of(namesThenOptions).skip(names)).toArray(String[]::new);
    new CommandLine(command).setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err)).execute(args);
    Map<String, String> statuses = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("report.jsonl"))) {
      var r = dev.minutes.json.MinutesJson.mapper().readTree(line);
      statuses.put(Path.of(r.get("input").asText()).getFileName().toString(),
          r.get("status").asText() + (r.get("error").isNull() ? "" : " " + r.get("error").asText()));
    }
    return statuses;
  }

  @Test
  void aTimeoutFailsOnlyTheFilesPastItAndTheFileWaitingBehindThemIsParsedByTheNextWorker() throws Exception {
    // Both threads hang, so c waits in the worker when it is killed.
    assertEquals(Map.of("a-hang.pdf", "failed timeout", "b-hang.pdf", "failed timeout", "c.pdf", "ok"),
        bulk("a-hang.pdf", "b-hang.pdf", "c.pdf", "--timeout", "4s"));
    assertTrue(err.toString().contains("put back in the queue when their worker ended"), err.toString());
  }

  @Test
  void anOutOfMemoryErrorFailsOnlyTheFileThatCausedIt() throws Exception {
    assertEquals(Map.of("a-oom.pdf", "failed out-of-memory", "b.pdf", "ok", "c.pdf", "ok", "d.pdf", "ok"),
        bulk("a-oom.pdf", "b.pdf", "c.pdf", "d.pdf"));
  }

  @Test
  void filesBeingParsedWhenTheWorkerDiedGoBackAndAfterTwoPutBacksAreParsedAlone() throws Exception {
    // crowd.pdf runs its worker out of memory whenever another file is parsed beside it: twice with
    // slow.pdf, and the two go back each time; then each is parsed alone, and both succeed.
    assertEquals(Map.of("crowd.pdf", "ok", "slow.pdf", "ok"), bulk("crowd.pdf", "slow.pdf"));
    assertTrue(err.toString().contains("; 4 put back in the queue when their worker ended"), err.toString());
  }
}
