package dev.lisette.semantics.patterns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An abstract pattern: the checker lowers Lisette patterns to these (bindings become
 * {@link Wild}, struct patterns become {@link Ctor} of a {@link Constructor.Product} with the
 * omitted fields as wildcards, and so on). Witnesses of missing cases are patterns too.
 */
public sealed interface Pat {

  /** {@code _}, a binding, or a {@code ..} rest: matches every value. */
  record Wild() implements Pat {
    @Override
    public String toString() {
      return "_";
    }
  }

  /** A constructor applied to exactly {@code ctor.arity()} sub-patterns. */
  record Ctor(Constructor ctor, List<Pat> args) implements Pat {
    public Ctor {
      Objects.requireNonNull(ctor);
      args = List.copyOf(args);
      if (args.size() != ctor.arity()) {
        throw new IllegalArgumentException(ctor + " takes " + ctor.arity() + " sub-patterns, got " + args.size());
      }
    }
  }

  /** {@code a | b}: matches what any alternative matches. */
  record Or(List<Pat> alternatives) implements Pat {
    public Or {
      alternatives = List.copyOf(alternatives);
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException("an or-pattern needs at least one alternative");
      }
    }
  }

  Wild WILD = new Wild();

  static Pat wild() {
    return WILD;
  }

  static Pat ctor(Constructor c, Pat... args) {
    return new Ctor(c, Arrays.asList(args));
  }

  static Pat ctor(Constructor c, List<Pat> args) {
    return new Ctor(c, args);
  }

  /** The constructor applied to wildcards only, e.g. {@code Shape.Triangle(_)}. */
  static Pat ctorOfWildcards(Constructor c) {
    return new Ctor(c, wildcards(c.arity()));
  }

  static Pat or(Pat... alternatives) {
    return new Or(Arrays.asList(alternatives));
  }

  static List<Pat> wildcards(int n) {
    var list = new ArrayList<Pat>(n);
    for (int i = 0; i < n; i++) {
      list.add(WILD);
    }
    return list;
  }
}
