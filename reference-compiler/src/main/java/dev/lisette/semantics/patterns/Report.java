package dev.lisette.semantics.patterns;

import java.util.List;
import java.util.Optional;

/**
 * The result of {@link Usefulness#analyze}: unreachable arms and alternatives in arm order, and,
 * when the match is not exhaustive, one value it misses (one pattern per column).
 */
public record Report(List<Redundancy> redundant, Optional<List<Pat>> missing) {
  public Report {
    redundant = List.copyOf(redundant);
    missing = missing.map(List::copyOf);
  }

  public boolean exhaustive() {
    return missing.isEmpty();
  }
}
