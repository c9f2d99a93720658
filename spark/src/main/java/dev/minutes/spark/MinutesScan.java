package dev.minutes.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.minutes.json.MinutesJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.apache.spark.util.SerializableConfiguration;

/**
 * A scan of one table: the files are listed on the driver when Spark plans the job, grouped into partitions
 * of about the same size, and each is opened by the task that parses it, on its executor.
 */
final class MinutesScan implements Scan, Batch {
  /** Bytes a task takes on before the archive gets more partitions than twice the default parallelism. */
  static final long BYTES_PER_PARTITION = 128L << 20;
  static final Set<String> OWN_OPTIONS = Set.of("path", "paths", "table", "timeout", "partitions", "parser");

  private final Tables table;
  private final CaseInsensitiveStringMap options;
  private final long timeoutMillis;
  private final String parser;
  private InputPartition[] partitions;

  MinutesScan(Tables table, CaseInsensitiveStringMap options) {
    this.table = table;
    this.options = options;
    this.timeoutMillis = Durations.millis(options.getOrDefault("timeout", "60s"), "timeout");
    this.parser = options.getOrDefault("parser", DefaultDocumentParser.class.getName());
  }

  @Override
  public StructType readSchema() {
    return table.schema();
  }

  @Override
  public String description() {
    return "minutes " + table.tableName() + " " + paths(options);
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public synchronized InputPartition[] planInputPartitions() {
    if (partitions == null) {
      SparkContext sc = SparkSession.active().sparkContext();
      Configuration conf = hadoopConf(sc);
      List<FileListing.FileRef> files;
      try {
        files = FileListing.list(paths(options), conf);
      } catch (IOException e) {
        throw new UncheckedIOException("minutes: cannot list " + paths(options) + ": " + e.getMessage(), e);
      }
      long total = files.stream().mapToLong(FileListing.FileRef::bytes).sum();
      int count = options.containsKey("partitions") ? positive(options.get("partitions"))
          : (int) Math.max(2L * sc.defaultParallelism(), (total + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION);
      List<InputPartition> list = new ArrayList<>();
      for (List<FileListing.FileRef> group : FileListing.group(files, count)) {
        list.add(new FilesPartition(group.toArray(FileListing.FileRef[]::new), FileListing.hosts(group)));
      }
      partitions = list.toArray(InputPartition[]::new);
    }
    return partitions;
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    SparkContext sc = SparkSession.active().sparkContext();
    Broadcast<SerializableConfiguration> conf = SerializableConfiguration.broadcast(sc, hadoopConf(sc));
    return new MinutesReaderFactory(table, conf, parser, timeoutMillis);
  }

  /** The session's Hadoop configuration with the options that are not the source's own. */
  private Configuration hadoopConf(SparkContext sc) {
    Configuration conf = new Configuration(sc.hadoopConfiguration());
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (!OWN_OPTIONS.contains(e.getKey().toLowerCase(Locale.ROOT))) conf.set(e.getKey(), e.getValue());
    }
    return conf;
  }

  /** The paths of {@code load(path)} ({@code path}) or {@code load(paths...)} ({@code paths}, a JSON array). */
  static List<String> paths(CaseInsensitiveStringMap options) {
    List<String> paths = new ArrayList<>();
    if (options.containsKey("path")) paths.add(options.get("path"));
    if (options.containsKey("paths")) {
      try {
        for (JsonNode p : MinutesJson.mapper().readTree(options.get("paths"))) paths.add(p.asText());
      } catch (IOException e) {
        throw new IllegalArgumentException("minutes: option paths is not a JSON array of strings", e);
      }
    }
    if (paths.isEmpty()) throw new IllegalArgumentException("minutes: no path: load(\"archive/**/*.pdf\")");
    return paths;
  }

  private static int positive(String s) {
    try {
      int n = Integer.parseInt(s.strip());
      if (n > 0) return n;
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException("minutes: option partitions: '" + s + "' is not a positive whole number");
  }
}
