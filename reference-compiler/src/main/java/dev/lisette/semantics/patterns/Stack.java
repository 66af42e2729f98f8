package dev.lisette.semantics.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A persistent stack: the rows, query and column types of the usefulness matrix. Specialising a
 * row replaces its head by the head's arguments; sharing the tail keeps that O(arity) instead of
 * copying the whole row at every step, which matters for wide rows and deep patterns.
 */
sealed interface Stack<E> {

  record Empty<E>() implements Stack<E> {}

  /**
   * {@code matchesAll}: every item is a pattern known to match every value (see
   * {@link #push(Object, boolean)}). Kept per node, so the search sees in O(1) that a row matches
   * everything left and stops there; without it, a catch-all row still waiting for its last columns
   * ({@code (_, _)} among them) lets the search split every column before those, exponentially.
   */
  record Push<E>(E head, Stack<E> tail, boolean matchesAll) implements Stack<E> {}

  static <E> Stack<E> empty() {
    return new Empty<>();
  }

  /** Pushes {@code e}; a wildcard is known to match every value. */
  default Stack<E> push(E e) {
    return push(e, e instanceof Pat.Wild);
  }

  /** Pushes {@code e}, which the caller knows to match every value or not. */
  default Stack<E> push(E e, boolean matchesEverything) {
    return new Push<>(e, this, matchesEverything && matchesAll());
  }

  default boolean matchesAll() {
    return switch (this) {
      case Push<E> p -> p.matchesAll();
      case Empty<E> e -> true;
    };
  }

  /** {@code front} on top of this stack, {@code front.get(0)} first. */
  default Stack<E> pushAll(List<? extends E> front) {
    Stack<E> s = this;
    for (int i = front.size() - 1; i >= 0; i--) {
      s = s.push(front.get(i));
    }
    return s;
  }

  static <E> Stack<E> of(List<? extends E> items) {
    return Stack.<E>empty().pushAll(items);
  }

  default boolean isEmpty() {
    return this instanceof Empty;
  }

  default E head() {
    return switch (this) {
      case Push<E> p -> p.head();
      case Empty<E> e -> throw new NoSuchElementException("empty stack");
    };
  }

  default Stack<E> tail() {
    return switch (this) {
      case Push<E> p -> p.tail();
      case Empty<E> e -> throw new NoSuchElementException("empty stack");
    };
  }

  /** The top {@code n} items, top first. */
  default List<E> take(int n) {
    var out = new ArrayList<E>(n);
    Stack<E> s = this;
    for (int i = 0; i < n; i++) {
      out.add(s.head());
      s = s.tail();
    }
    return out;
  }

  default Stack<E> drop(int n) {
    Stack<E> s = this;
    for (int i = 0; i < n; i++) {
      s = s.tail();
    }
    return s;
  }

  default List<E> toList() {
    var out = new ArrayList<E>();
    for (Stack<E> s = this; !s.isEmpty(); s = s.tail()) {
      out.add(s.head());
    }
    return out;
  }
}
