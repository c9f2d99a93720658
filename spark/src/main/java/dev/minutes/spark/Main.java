package dev.minutes.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * {@code java -jar minutes-spark.jar [--master URL] IN OUT [--format parquet|json]}, or the same through
 * {@code spark-submit} (without {@code --master}, which spark-submit takes): parses every PDF that IN names
 * (a folder, a file or a glob, on any file system Spark reads) and writes {@code OUT/documents},
 * {@code OUT/items}, {@code OUT/actions} and {@code OUT/decisions}, each replaced if it was there. Files that
 * cannot be read are rows of {@code documents} with their {@code error} and {@code message}; they do not fail
 * the job. A summary line ends the run on standard error.
 */
public final class Main {
  static final String USAGE = """
      usage: java -jar minutes-spark.jar [--master URL] IN OUT [--format parquet|json] [--timeout 60s]
                                         [--partitions N] [--conf KEY=VALUE]...
        IN    a folder (every .pdf below it), a file, or a glob such as 'archive/**/*.pdf'
        OUT   gets documents/, items/, actions/ and decisions/ (Parquet, or JSON lines with --format json)
        --master      the Spark master; without it local[*], or spark-submit's
        --timeout     the time one file may take (default 60s)
        --partitions  how many tasks share the files (default: twice the cores, more past 128 MB a task)
        --conf        a Spark setting, e.g. --conf spark.executor.memory=4g""";

  private Main() {}

  public static void main(String[] args) {
    int code = run(args, System.err);
    if (code != 0) System.exit(code);
  }

  /** The command: 0 when the tables were written (whether every file could be read or not), 2 on a usage error. */
  static int run(String[] args, PrintStream err) {
    Args a;
    try {
      a = Args.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("minutes-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (a == null) {
      err.println(USAGE);
      return 0;
    }
    setIfAbsent("io.netty.tryReflectionSetAccessible", "true");
    setIfAbsent("log4j2.configurationFile", "dev/minutes/spark/log4j2.properties");
    SparkSession.Builder builder = SparkSession.builder().appName("minutes-spark");
    String master = a.master != null ? a.master : System.getProperty("spark.master", "local[*]");
    builder.master(master);
    if (master.startsWith("local")) {
      // One machine: no web UI to bind, no host name to resolve.
      builder.config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1");
    }
    a.conf.forEach(builder::config);
    SparkSession spark = builder.getOrCreate();
    try {
      write(spark, a, err);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }

  /** Parses IN once, writes the four tables, and prints the summary line. */
  static void write(SparkSession spark, Args a, PrintStream err) {
    long start = System.nanoTime();
    Map<String, String> options = new LinkedHashMap<>();
    if (a.timeout != null) options.put("timeout", a.timeout);
    if (a.partitions != null) options.put("partitions", a.partitions);
    MinutesTables tables = MinutesTables.read(spark, options, a.in);
    try {
      for (Map.Entry<String, Dataset<Row>> t : tables.byName().entrySet()) {
        var writer = t.getValue().write().mode(SaveMode.Overwrite).format(a.format);
        if (a.format.equals("json")) writer = writer.option("ignoreNullFields", "false");
        writer.save(new Path(a.out, t.getKey()).toString());
      }
      // One query for the summary: files and pages by error (null: read).
      long files = 0;
      long pages = 0;
      Map<String, Long> failures = new TreeMap<>();
      for (Row r : tables.documents().groupBy("error").agg(count("*"), sum(col("source.pages"))).collectAsList()) {
        files += r.getLong(1);
        if (r.isNullAt(0)) {
          pages += r.isNullAt(2) ? 0 : r.getLong(2);
        } else {
          failures.put(r.getString(0), r.getLong(1));
        }
      }
      long ok = files - failures.values().stream().mapToLong(Long::longValue).sum();
      double seconds = (System.nanoTime() - start) / 1e9;
      err.println(String.format(Locale.ROOT, "minutes-spark: %d files: %d ok, %d failed%s; %d pages in %.1f s "
              + "(%.1f pages/s); tables in %s (%s)", files, ok, files - ok, failures.isEmpty() ? "" : " " + failures,
          pages, seconds, pages / Math.max(seconds, 1e-9), a.out, a.format));
    } finally {
      tables.release();
    }
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) System.setProperty(key, value);
  }

  /** The command line, read. */
  static final class Args {
    String master;
    String in;
    String out;
    String format = "parquet";
    String timeout;
    String partitions;
    final Map<String, String> conf = new LinkedHashMap<>();

    /** The arguments, or null when help was asked for. */
    static Args parse(String[] args) {
      Args a = new Args();
      List<String> positional = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "-h", "--help" -> {
            return null;
          }
          case "--master" -> a.master = value(args, ++i, arg);
          case "--format" -> {
            a.format = value(args, ++i, arg).toLowerCase(Locale.ROOT);
            if (!a.format.equals("parquet") && !a.format.equals("json")) {
              throw new IllegalArgumentException("--format " + a.format + ": parquet or json");
            }
          }
          case "--timeout" -> a.timeout = String.valueOf(Durations.millis(value(args, ++i, arg), "--timeout")) + "ms";
          case "--partitions" -> a.partitions = value(args, ++i, arg);
          case "--conf" -> {
            String kv = value(args, ++i, arg);
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--conf " + kv + ": KEY=VALUE");
            a.conf.put(kv.substring(0, eq), kv.substring(eq + 1));
          }
          default -> {
            if (arg.startsWith("--")) throw new IllegalArgumentException("unknown option " + arg);
            positional.add(arg);
          }
        }
      }
      if (positional.size() != 2) throw new IllegalArgumentException("IN and OUT are needed, and nothing else");
      a.in = positional.get(0);
      a.out = positional.get(1);
      return a;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
      return args[i];
    }
  }
}
