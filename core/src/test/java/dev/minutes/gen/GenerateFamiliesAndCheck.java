package dev.minutes.gen;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generated families, as a command: {@code GenerateFamiliesAndCheck FAMILY COUNT [FIRST_SEED]} checks COUNT
 * documents of FAMILY ({@code paragraph-protocol} or {@code board-minutes}) from seed FIRST_SEED on and prints each
 * failure with its seed and style, and how often each allowance of {@link GeneratedFamiliesProperties#ALLOWED} was
 * needed; {@code GenerateFamiliesAndCheck FAMILY --seed S [PDF]} replays one seed, prints all its differences and,
 * given a path, writes the PDF there to look at.
 */
public final class GenerateFamiliesAndCheck {
  public static void main(String[] args) throws Exception {
    String family = args[0];
    if (args.length >= 3 && args[1].equals("--seed")) {
      long seed = Long.parseLong(args[2]);
      FamilyGenerator.Case c = FamilyGenerator.generate(family, seed);
      if (args.length > 3) java.nio.file.Files.write(java.nio.file.Path.of(args[3]), c.pdf());
      GeneratedFamiliesProperties.Result r = GeneratedFamiliesProperties.check(family, seed);
      System.out.println("style: " + r.style() + "  features: " + r.features() + "  read as: " + r.profile());
      r.differences().forEach(d -> System.out.println((r.unexplained().contains(d) ? "  " : "  (allowed) ") + d));
      System.out.println(r.unexplained().isEmpty() ? "ok" : r.unexplained().size() + " unexplained differences");
      System.exit(r.unexplained().isEmpty() ? 0 : 1);
    }
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    long first = args.length > 2 ? Long.parseLong(args[2]) : 1;
    int failed = 0, wrongProfile = 0;
    Map<String, Integer> allowedUsed = new TreeMap<>();
    Map<String, Integer> failingPaths = new TreeMap<>();
    Map<String, Long> firstUse = new TreeMap<>();
    long start = System.nanoTime();
    for (long seed = first; seed < first + count; seed++) {
      GeneratedFamiliesProperties.Result r;
      try {
        r = GeneratedFamiliesProperties.check(family, seed);
      } catch (Exception e) {
        failed++;
        System.out.printf("FAIL seed %d: exception %s%n", seed, e);
        continue;
      }
      if (!r.profile().equals(family)) wrongProfile++;
      for (String f : r.allowancesUsed()) {
        allowedUsed.merge(f, 1, Integer::sum);
        firstUse.putIfAbsent(f, seed);
      }
      if (!r.unexplained().isEmpty() || !r.profile().equals(family)) {
        failed++;
        for (String d : r.unexplained()) failingPaths.merge(d.substring(0, d.indexOf(": expected ")).replaceAll("/\\d+", "/#"), 1, Integer::sum);
        System.out.printf("FAIL seed %d (%s) read as %s: %d differences, first: %s%n", seed, r.style(), r.profile(),
            r.unexplained().size(), r.unexplained().isEmpty() ? "-" : r.unexplained().get(0));
      }
    }
    System.out.printf("%s: %d documents, %d failed (%d read as another family), %.1f s%n", family, count, failed,
        wrongProfile, (System.nanoTime() - start) / 1e9);
    System.out.println("allowances needed (documents): " + allowedUsed + ", first by seed: " + firstUse);
    System.out.println("unexplained differences by path: " + failingPaths);
    System.exit(failed == 0 ? 0 : 1);
  }
}
