package dev.minutes.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases compiled into a tree of words: a phrase is a path from the root, one folded word a step. A word ending in
 * {@code *} is a step any word beginning with it takes; those steps are kept by their first three letters, so a
 * word looks at only the few that can fit. Each node knows the classes of the phrases that end at it or below it,
 * so a search for one class leaves other branches alone. Immutable once built.
 */
final class PhraseTrie {
  /** A phrase ending at a node: its class, its text as written, the languages that give it and its value. */
  record Ending(WordClass wordClass, String phrase, List<String> languages, int value) {}

  /** Called for each phrase found: the index of its last word and the phrase. */
  interface Visitor {
    void found(int lastWord, Ending ending);
  }

  private static final class Node {
    final Map<String, Node> exact = new HashMap<>(4);
    Map<String, List<Prefixed>> prefixed = Map.of();
    List<Ending> endings = List.of();
    long below;
  }

  private record Prefixed(String prefix, Node node) {}

  private final Node root = new Node();

  PhraseTrie(List<Phrase> phrases, List<String> languageOrder) {
    for (Phrase p : phrases) add(p, languageOrder);
  }

  private void add(Phrase p, List<String> order) {
    Node n = root;
    n.below |= bit(p.wordClass());
    for (String w : p.words()) {
      n = Phrase.isPrefix(w) ? prefixStep(n, w.substring(0, w.length() - 1)) : exactStep(n, w);
      n.below |= bit(p.wordClass());
    }
    List<Ending> endings = new ArrayList<>(n.endings);
    for (int i = 0; i < endings.size(); i++) {
      Ending e = endings.get(i);
      if (e.wordClass() != p.wordClass()) continue;
      // The same phrase in another language: one ending, its languages in the lexicon's order.
      List<String> langs = new ArrayList<>();
      for (String l : order) {
        if (e.languages().contains(l) || l.equals(p.language())) langs.add(l);
      }
      endings.set(i, new Ending(e.wordClass(), langs.get(0).equals(p.language()) ? p.text() : e.phrase(),
          List.copyOf(langs), e.value() != 0 ? e.value() : p.value()));
      n.endings = List.copyOf(endings);
      return;
    }
    endings.add(new Ending(p.wordClass(), p.text(), List.of(p.language()), p.value()));
    n.endings = List.copyOf(endings);
  }

  private static Node exactStep(Node n, String word) {
    Node next = n.exact.get(word);
    if (next == null) n.exact.put(word, next = new Node());
    return next;
  }

  private static Node prefixStep(Node n, String prefix) {
    if (n.prefixed.isEmpty()) n.prefixed = new HashMap<>(4);
    List<Prefixed> list = n.prefixed.get(key(prefix));
    if (list == null) n.prefixed.put(key(prefix), list = new ArrayList<>(2));
    for (Prefixed p : list) {
      if (p.prefix().equals(prefix)) return p.node();
    }
    Node next = new Node();
    list.add(new Prefixed(prefix, next));
    return next;
  }

  /** A word's first three letters (code units: every prefix has at least three letters). */
  private static String key(String word) {
    return word.substring(0, Math.min(3, word.length()));
  }

  static long bit(WordClass c) {
    return 1L << c.ordinal();
  }

  /** Visits every phrase of the classes in {@code classes} (a mask of bits) whose first word is word {@code from}. */
  void visit(Words words, int from, long classes, Visitor visitor) {
    if ((root.below & classes) != 0) step(root, words, from, classes, visitor);
  }

  private static void step(Node n, Words words, int next, long classes, Visitor visitor) {
    if (next >= words.size) return;
    String w = words.folded[next];
    boolean more = next + 1 < words.size && words.joined(next);
    Node e = n.exact.get(w);
    if (e != null && (e.below & classes) != 0) arrive(e, words, next, classes, visitor, more);
    if (!n.prefixed.isEmpty() && w.length() >= 3) {
      List<Prefixed> list = n.prefixed.get(key(w));
      if (list != null) {
        for (Prefixed p : list) {
          if ((p.node().below & classes) != 0 && w.startsWith(p.prefix())) {
            arrive(p.node(), words, next, classes, visitor, more);
          }
        }
      }
    }
  }

  private static void arrive(Node n, Words words, int at, long classes, Visitor visitor, boolean more) {
    for (Ending end : n.endings) {
      if ((bit(end.wordClass()) & classes) != 0) visitor.found(at, end);
    }
    if (more) step(n, words, at + 1, classes, visitor);
  }
}
