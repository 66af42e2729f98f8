package dev.lisette.semantics.patterns;

import java.util.Objects;

/**
 * The head of a constructed value, as far as pattern analysis cares. Constructors compare by value
 * (record equality), so the type checker must build the same record for a variant in a pattern and
 * in the {@link Domain} of its type.
 */
public sealed interface Constructor {

  /** Number of sub-patterns a {@link Pat.Ctor} with this constructor carries. */
  int arity();

  /** An enum variant (also {@code Some}/{@code None}/{@code Ok}/{@code Err}); index in declaration order. */
  record Variant(int index, String name, int arity) implements Constructor {
    public Variant {
      Objects.requireNonNull(name);
      requireArity(arity);
    }
  }

  /** Tuple, struct, tuple struct or unit {@code ()} (arity 0): the only constructor of its type. */
  record Product(int arity) implements Constructor {
    public Product {
      requireArity(arity);
    }
  }

  record Bool(boolean value) implements Constructor {
    @Override
    public int arity() {
      return 0;
    }
  }

  /**
   * An integer ({@link java.math.BigInteger}), string or rune literal. Its type's domain is
   * {@link Domain.Infinite}: no set of literals is ever complete.
   */
  record Literal(Object value) implements Constructor {
    public Literal {
      Objects.requireNonNull(value);
    }

    @Override
    public int arity() {
      return 0;
    }
  }

  /** {@code [a, b]}: slices of exactly {@code length} elements; the arguments are the elements. */
  record Slice(int length) implements Constructor {
    public Slice {
      requireArity(length);
    }

    @Override
    public int arity() {
      return length;
    }
  }

  /**
   * {@code [a, b, ..]} or {@code [a, b, ..rest]}: slices of at least {@code prefix} elements; the
   * arguments are the prefix elements (the rest binding is a wildcard as far as coverage goes).
   */
  record SliceRest(int prefix) implements Constructor {
    public SliceRest {
      requireArity(prefix);
    }

    @Override
    public int arity() {
      return prefix;
    }
  }

  private static void requireArity(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative arity " + n);
    }
  }
}
