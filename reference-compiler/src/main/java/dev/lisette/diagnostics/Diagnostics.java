package dev.lisette.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one phase; diagnostics are values, never thrown. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic d) {
    items.add(d);
  }

  public void addAll(List<Diagnostic> ds) {
    items.addAll(ds);
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public int errorCount() {
    return (int) items.stream().filter(Diagnostic::isError).count();
  }

  /** In source order, so output is deterministic whatever order the phases found them in. */
  public List<Diagnostic> sorted() {
    return items.stream()
        .sorted(Comparator.comparingInt((Diagnostic d) -> d.primary().span().start())
            .thenComparing(Diagnostic::code))
        .toList();
  }

  public List<Diagnostic> all() {
    return List.copyOf(items);
  }
}
