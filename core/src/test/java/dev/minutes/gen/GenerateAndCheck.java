package dev.minutes.gen;

import java.util.List;

/**
 * The larger generated run, as a command: {@code GenerateAndCheck COUNT [FIRST_SEED]} checks COUNT
 * documents from seed FIRST_SEED on and prints each failure with its seed and style;
 * {@code GenerateAndCheck --seed S [PDF]} replays one seed, prints all its differences and, given a
 * path, writes the PDF there to look at.
 */
public final class GenerateAndCheck {
  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("--seed")) {
      long seed = Long.parseLong(args[1]);
      if (args.length > 2) {
        MinutesGenerator.Case c = MinutesGenerator.generate(seed);
        java.nio.file.Files.write(java.nio.file.Path.of(args[2]), dev.minutes.fixtures.PdfRenderer.render(c.truth(), c.style()));
      }
      System.out.println("style: " + MinutesGenerator.generate(seed).styleName());
      List<String> diff = GeneratedMinutesProperties.check(seed);
      diff.forEach(System.out::println);
      System.out.println(diff.isEmpty() ? "ok" : diff.size() + " differences");
      System.exit(diff.isEmpty() ? 0 : 1);
    }
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long first = args.length > 1 ? Long.parseLong(args[1]) : 1;
    int failed = 0;
    long start = System.nanoTime();
    for (long seed = first; seed < first + count; seed++) {
      List<String> diff;
      try {
        diff = GeneratedMinutesProperties.check(seed);
      } catch (Exception e) {
        diff = List.of("exception: " + e);
      }
      if (!diff.isEmpty()) {
        failed++;
        System.out.printf("FAIL seed %d (%s): %d differences, first: %s%n", seed,
            MinutesGenerator.generate(seed).styleName(), diff.size(), diff.get(0));
      }
    }
    System.out.printf("%d documents, %d failed, %.1f s%n", count, failed, (System.nanoTime() - start) / 1e9);
    System.exit(failed == 0 ? 0 : 1);
  }
}
