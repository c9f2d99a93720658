package dev.minutes.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The driver's side: the files the paths name, listed through Hadoop's file systems (so {@code hdfs:},
 * {@code s3a:} and the rest work as in any Spark source), and their grouping into partitions.
 *
 * <ul>
 *   <li>A folder stands for every PDF below it, at any depth ({@code .pdf} in any case), as for
 *       {@code minutes bulk}.</li>
 *   <li>A glob is Hadoop's ({@code *}, {@code ?}, {@code [ab]}, {@code {a,b}} within a folder's name), and
 *       {@code **} stands for any number of folders, none included: {@code archive/**}{@code /*.pdf} is every
 *       {@code .pdf} below {@code archive}. A folder a glob matches stands for the PDFs below it.</li>
 *   <li>A file named as it is is read whatever its name.</li>
 * </ul>
 */
final class FileListing {
  private FileListing() {}

  /** A file to read: its full path, its size, and the hosts that hold its blocks (where the listing says). */
  record FileRef(String path, long bytes, String[] hosts) implements Serializable {}

  static List<FileRef> list(List<String> paths, Configuration conf) throws IOException {
    Map<String, FileRef> files = new LinkedHashMap<>();
    for (String p : paths) {
      int before = files.size();
      boolean glob = listOne(p, conf, files);
      if (files.size() == before && !glob && !exists(p, conf)) {
        throw new IllegalArgumentException("minutes: path does not exist: " + p);
      }
      if (files.size() == before && glob) throw new IllegalArgumentException("minutes: no file matches " + p);
    }
    List<FileRef> sorted = new ArrayList<>(files.values());
    sorted.sort(Comparator.comparing(FileRef::path));
    return sorted;
  }

  private static boolean exists(String p, Configuration conf) throws IOException {
    Path path = new Path(p);
    return path.getFileSystem(conf).exists(path);
  }

  /** Lists what {@code p} names into {@code into}; whether it is a glob. */
  private static boolean listOne(String p, Configuration conf, Map<String, FileRef> into) throws IOException {
    int star = p.indexOf("**");
    if (star >= 0) {
      int cut = p.lastIndexOf('/', star);
      String base = cut < 0 ? "." : cut == 0 ? "/" : p.substring(0, cut);
      Pattern rest = globRegex(p.substring(cut + 1));
      for (FileStatus dir : glob(base, conf)) {
        if (!dir.isDirectory()) continue;
        Path root = dir.getPath();
        String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
        FileSystem fs = root.getFileSystem(conf);
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          String full = f.getPath().toString();
          if (full.startsWith(prefix) && rest.matcher(full.substring(prefix.length())).matches()) add(f, into);
        }
      }
      return true;
    }
    Path path = new Path(p);
    FileSystem fs = path.getFileSystem(conf);
    boolean isGlob = p.matches(".*[*?\\[{].*");
    for (FileStatus s : glob(p, conf)) {
      if (s.isDirectory()) {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (f.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".pdf")) add(f, into);
        }
      } else {
        add(s, into);
      }
    }
    return isGlob;
  }

  private static FileStatus[] glob(String p, Configuration conf) throws IOException {
    Path path = new Path(p);
    FileStatus[] found = path.getFileSystem(conf).globStatus(path);
    return found == null ? new FileStatus[0] : found;
  }

  private static void add(FileStatus f, Map<String, FileRef> into) {
    if (!f.isFile()) return;
    String[] hosts = new String[0];
    if (f instanceof LocatedFileStatus located && located.getBlockLocations() != null) {
      hosts = Arrays.stream(located.getBlockLocations()).flatMap(b -> {
        try {
          return Arrays.stream(b.getHosts());
        } catch (IOException e) {
          return java.util.stream.Stream.empty();
        }
      }).distinct().toArray(String[]::new);
    }
    into.putIfAbsent(f.getPath().toString(), new FileRef(f.getPath().toString(), f.getLen(), hosts));
  }

  /** The part of a glob after its last plain folder, as a regular expression over relative paths. */
  static Pattern globRegex(String glob) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
        re.append(slash ? "(?:.*/)?" : ".*");
        i += slash ? 2 : 1;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '{') {
        braces++;
        re.append("(?:");
      } else if (c == '}' && braces > 0) {
        braces--;
        re.append(')');
      } else if (c == ',' && braces > 0) {
        re.append('|');
      } else if (c == '[') {
        int end = glob.indexOf(']', i + 1);
        if (end < 0) {
          re.append("\\[");
        } else {
          String set = glob.substring(i + 1, end);
          if (set.startsWith("!") || set.startsWith("^")) set = "^" + set.substring(1);
          re.append('[').append(set.replace("\\", "\\\\")).append(']');
          i = end;
        }
      } else if (c == '\\' && i + 1 < glob.length()) {
        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  /**
   * The files in {@code count} groups of about the same size (largest first into the lightest group), each
   * group's files in path order; the groups that are empty are dropped.
   */
  static List<List<FileRef>> group(List<FileRef> files, int count) {
    List<List<FileRef>> groups = new ArrayList<>();
    if (files.isEmpty()) return groups;
    int n = Math.max(1, Math.min(count, files.size()));
    long[] load = new long[n];
    for (int i = 0; i < n; i++) groups.add(new ArrayList<>());
    PriorityQueue<Integer> lightest = new PriorityQueue<>(
        Comparator.<Integer>comparingLong(i -> load[i]).thenComparingInt(i -> i));
    for (int i = 0; i < n; i++) lightest.add(i);
    List<FileRef> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(FileRef::bytes).reversed().thenComparing(FileRef::path));
    for (FileRef f : bySize) {
      int g = lightest.poll();
      groups.get(g).add(f);
      load[g] += Math.max(f.bytes(), 1);
      lightest.add(g);
    }
    for (List<FileRef> g : groups) g.sort(Comparator.comparing(FileRef::path));
    groups.removeIf(List::isEmpty);
    return groups;
  }

  /** The hosts that hold most of a group's bytes, at most three. */
  static String[] hosts(List<FileRef> group) {
    Map<String, Long> bytes = new HashMap<>();
    for (FileRef f : group) for (String h : f.hosts()) bytes.merge(h, f.bytes(), Long::sum);
    return bytes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(3).map(Map.Entry::getKey).toArray(String[]::new);
  }
}
