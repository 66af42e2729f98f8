package dev.lisette.semantics.patterns;

import java.util.List;

/**
 * What the analysis needs to know about the checker's types {@code T}. Keeping the analysis generic
 * lets it be tested on a tiny type model and keeps it free of the checker's type representation.
 */
public interface TypeShapes<T> {

  /** The constructors a value of this type can have. */
  Domain domain(T type);

  /**
   * The types of the sub-values of {@code c} (one per argument: the fields of a variant or struct,
   * the elements of a tuple, {@code c.arity()} copies of the element type for slices). Called with
   * every constructor that appears in a pattern of this type, including uninhabited variants that
   * {@link #domain} leaves out.
   */
  List<T> argumentTypes(T type, Constructor c);
}
