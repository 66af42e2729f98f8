package dev.lisette.semantics.patterns;

import java.util.List;

/** Which constructors the values of a type can have. */
public sealed interface Domain {

  /**
   * Exactly these constructors, in declaration order (the order the first missing case is picked
   * in). Enums list their inhabited variants only; bool lists both values; a product type lists its
   * one {@link Constructor.Product}. An uninhabited type ({@code Never}, an enum of uninhabited
   * variants, a struct with a {@code Never} field) is {@code Finite(List.of())}: zero arms cover it.
   * The analysis assumes every listed constructor has a value, so listing an uninhabited one would
   * make it demand an arm for it.
   */
  record Finite(List<Constructor> all) implements Domain {
    public Finite {
      all = List.copyOf(all);
    }
  }

  /** Integers, strings, runes, floats: literals never cover it, only a wildcard does. */
  record Infinite() implements Domain {}

  /** Slices of any length, matched by {@link Constructor.Slice} and {@link Constructor.SliceRest}. */
  record SliceOf() implements Domain {}
}
