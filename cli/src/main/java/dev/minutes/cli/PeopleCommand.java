package dev.minutes.cli;

import dev.minutes.json.MinutesJson;
import dev.minutes.people.PersonSummary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "people", mixinStandardHelpOptions = true,
    description = "Per participant: the actions they are responsible for, with due dates, and how often they are named. "
        + "One JSON line per document.")
final class PeopleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "PDFs, JSON outputs of parse or bulk, or folders")
  List<Path> inputs;

  @Override
  public Integer call() throws Exception {
    Inputs in = new Inputs(spec.commandLine().getErr());
    in.forEach(inputs, m -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("file", m.source() == null ? null : m.source().file());
      line.put("meeting", m.meeting().title());
      line.put("date", m.meeting().date());
      line.put("people", PersonSummary.of(m));
      spec.commandLine().getOut().println(MinutesJson.toJson(line, false));
    });
    spec.commandLine().getOut().flush();
    return in.failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
