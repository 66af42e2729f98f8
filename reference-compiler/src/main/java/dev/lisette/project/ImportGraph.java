package dev.lisette.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which module imports which (local modules only). Finds import cycles, reported with the
 * whole cycle (`a → b → c → a`, spec projects.imports.cycle), and gives a build order in
 * which every module comes after the modules it imports.
 */
public final class ImportGraph {
  private final Map<String, Set<String>> edges = new TreeMap<>();

  public void module(String name) {
    edges.computeIfAbsent(name, k -> new TreeSet<>());
  }

  public void addImport(String from, String to) {
    module(from);
    module(to);
    edges.get(from).add(to);
  }

  /** The first cycle found (deterministically), as the list of modules with the start repeated at the end. */
  public Optional<List<String>> cycle() {
    var state = new HashMap<String, Integer>();
    var stack = new ArrayList<String>();
    for (String start : edges.keySet()) {
      Optional<List<String>> c = visit(start, state, stack);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  private Optional<List<String>> visit(String node, Map<String, Integer> state, List<String> stack) {
    Integer s = state.get(node);
    if (s != null && s == 2) {
      return Optional.empty();
    }
    if (s != null && s == 1) {
      var cycle = new ArrayList<>(stack.subList(stack.indexOf(node), stack.size()));
      cycle.add(node);
      return Optional.of(List.copyOf(cycle));
    }
    state.put(node, 1);
    stack.add(node);
    for (String next : edges.getOrDefault(node, Set.of())) {
      Optional<List<String>> c = visit(next, state, stack);
      if (c.isPresent()) {
        return c;
      }
    }
    stack.remove(stack.size() - 1);
    state.put(node, 2);
    return Optional.empty();
  }

  /** Modules ordered so that each follows everything it imports; requires no cycle. */
  public List<String> buildOrder() {
    var order = new ArrayList<String>();
    var done = new TreeSet<String>();
    for (String m : edges.keySet()) {
      post(m, done, order);
    }
    return Collections.unmodifiableList(order);
  }

  private void post(String m, Set<String> done, List<String> order) {
    if (!done.add(m)) {
      return;
    }
    for (String dep : edges.getOrDefault(m, Set.of())) {
      post(dep, done, order);
    }
    order.add(m);
  }
}
