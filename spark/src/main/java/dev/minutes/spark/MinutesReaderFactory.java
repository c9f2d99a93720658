package dev.minutes.spark;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Sent to the executors: makes each task's reader. A reader parses its files one after another, each with
 * the executor's shared parser ({@link ExecutorParsing}), and hands out each file's rows before it reads the
 * next file, so a task holds one file and its rows at a time.
 */
record MinutesReaderFactory(Tables table, Broadcast<SerializableConfiguration> conf, String parser, long timeoutMillis)
    implements PartitionReaderFactory {

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new Reader(((FilesPartition) partition).files());
  }

  private final class Reader implements PartitionReader<InternalRow> {
    private final FileListing.FileRef[] files;
    private final Configuration hadoop = conf.value().value();
    private final DocumentParser documentParser = ExecutorParsing.parser(parser);
    private int next;
    private Iterator<InternalRow> rows = List.<InternalRow>of().iterator();
    private InternalRow current;

    Reader(FileListing.FileRef[] files) {
      this.files = files;
    }

    @Override
    public boolean next() throws IOException {
      while (!rows.hasNext()) {
        if (next == files.length) return false;
        FileListing.FileRef file = files[next++];
        FileOutcome outcome = ExecutorParsing.parse(file.path(), file.bytes(), hadoop, documentParser, timeoutMillis);
        rows = table.rows(outcome).iterator();
      }
      current = rows.next();
      return true;
    }

    @Override
    public InternalRow get() {
      return current;
    }

    @Override
    public void close() {
      rows = List.<InternalRow>of().iterator();
    }
  }
}
