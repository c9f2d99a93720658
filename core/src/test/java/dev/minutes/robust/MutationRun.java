package dev.minutes.robust;

import java.util.List;

/**
 * The larger mutation run, as a command: {@code MutationRun COUNT [FIRST_SEED] [LIMIT_MS]}; prints each
 * defect with its seed (replay it with {@code Mutants.of}) and exits non-zero if there was one.
 */
public final class MutationRun {
  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    long first = args.length > 1 ? Long.parseLong(args[1]) : 1;
    long limit = args.length > 2 ? Long.parseLong(args[2]) : MutationTest.LIMIT_MILLIS;
    long start = System.nanoTime();
    List<String> defects = MutationTest.run(first, count, limit);
    defects.forEach(System.out::println);
    System.out.printf("%d mutants, %d defects, %.1f s%n", count, defects.size(), (System.nanoTime() - start) / 1e9);
    System.exit(defects.isEmpty() ? 0 : 1);
  }
}
