package dev.minutes.robust;

import java.util.Arrays;
import java.util.Random;

/** Mutations of a PDF's bytes, as damage in storage and transfer produces them. Deterministic per seed. */
final class Mutants {
  private Mutants() {}

  /** Mutant number {@code n} of {@code pdf}, and a word for what was done. */
  record Mutant(byte[] bytes, String how) {}

  static Mutant of(byte[] pdf, long seed) {
    Random r = new Random(seed);
    byte[] b = pdf.clone();
    switch (r.nextInt(7)) {
      case 0 -> {
        int flips = 1 + r.nextInt(50);
        for (int i = 0; i < flips; i++) b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
        return new Mutant(b, flips + " bytes flipped");
      }
      case 1 -> {
        int at = r.nextInt(b.length);
        return new Mutant(Arrays.copyOf(b, at), "truncated at " + at);
      }
      case 2 -> {
        int from = r.nextInt(b.length), len = Math.min(b.length - from, 1 + r.nextInt(4096));
        byte[] out = new byte[b.length - len];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, from + len, out, from, b.length - from - len);
        return new Mutant(out, len + " bytes cut at " + from);
      }
      case 3 -> {
        int from = r.nextInt(b.length), len = Math.min(b.length - from, 1 + r.nextInt(2048)), to = r.nextInt(b.length);
        byte[] out = new byte[b.length + len];
        System.arraycopy(b, 0, out, 0, to);
        System.arraycopy(b, from, out, to, len);
        System.arraycopy(b, to, out, to + len, b.length - to);
        return new Mutant(out, len + " bytes from " + from + " copied to " + to);
      }
      case 4 -> {
        // A digit in the file changed: offsets, lengths, counts and object numbers go wrong.
        for (int tries = 0; tries < 200; tries++) {
          int i = r.nextInt(b.length);
          if (b[i] >= '0' && b[i] <= '9') {
            b[i] = (byte) ('0' + r.nextInt(10));
            if (r.nextBoolean()) continue;
            return new Mutant(b, "digits changed");
          }
        }
        return new Mutant(b, "digits changed");
      }
      case 5 -> {
        // A number made huge: lengths, counts, sizes.
        String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        int i = s.indexOf(' ', r.nextInt(s.length()));
        if (i < 0) return new Mutant(b, "unchanged");
        String out = s.substring(0, i) + " 99999999999" + s.substring(i);
        return new Mutant(out.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "huge number at " + i);
      }
      default -> {
        int from = r.nextInt(b.length), len = Math.min(b.length - from, 1 + r.nextInt(1024));
        for (int i = from; i < from + len; i++) b[i] = (byte) r.nextInt(256);
        return new Mutant(b, len + " random bytes at " + from);
      }
    }
  }
}
