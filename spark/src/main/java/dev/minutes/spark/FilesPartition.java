package dev.minutes.spark;

import org.apache.spark.sql.connector.read.InputPartition;

/** A task's files, and the hosts that hold most of their bytes (where the file system says). */
record FilesPartition(FileListing.FileRef[] files, String[] hosts) implements InputPartition {
  @Override
  public String[] preferredLocations() {
    return hosts;
  }
}
