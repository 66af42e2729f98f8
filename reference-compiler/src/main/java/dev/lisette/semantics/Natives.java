package dev.lisette.semantics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prelude's native methods (spec slices.*, maps.*, strings.*; brief §19): their signatures in
 * terms of the owner's type parameters (T, or K/V, or T/E) and their own (U, E, F).
 */
final class Natives {
  private Natives() {}

  /** A native method; {@code own} are its own type parameters, fresh at every call. */
  record Sig(String owner, String name, List<Type.Param> own, Type.Fn type) {}

  static final Type.Param T = new Type.Param("T", -100);
  static final Type.Param U = new Type.Param("U", -101);
  static final Type.Param K = new Type.Param("K", -102);
  static final Type.Param V = new Type.Param("V", -103);
  static final Type.Param E = new Type.Param("E", -104);
  static final Type.Param F = new Type.Param("F", -105);

  private static final Type INT = Type.Prim.INT;
  private static final Type BOOL = Type.Prim.BOOL;
  private static final Type STRING = Type.Prim.STRING;
  private static final Type UNIT = Type.Unit.UNIT;

  private static final Map<String, Map<String, Sig>> METHODS = new LinkedHashMap<>();
  private static final Map<String, Map<String, Sig>> STATICS = new LinkedHashMap<>();

  static Type.Fn fn(Type result, Type... params) {
    return new Type.Fn(List.of(params), result, false);
  }

  static void method(String owner, String name, Type.Fn type, Type.Param... own) {
    METHODS.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(name, new Sig(owner, name, List.of(own), type));
  }

  static void statik(String owner, String name, Type.Fn type) {
    STATICS.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(name, new Sig(owner, name, List.of(), type));
  }

  static {
    Type sliceT = new Type.Slice(T);
    Type pred = fn(BOOL, T);
    method("Slice", "length", fn(INT));
    method("Slice", "is_empty", fn(BOOL));
    method("Slice", "capacity", fn(INT));
    method("Slice", "get", fn(Type.option(T), INT));
    method("Slice", "append", new Type.Fn(List.of(T), sliceT, true));
    method("Slice", "extend", fn(sliceT, sliceT));
    method("Slice", "copy_from", fn(INT, sliceT));
    method("Slice", "filter", fn(sliceT, pred));
    method("Slice", "map", fn(new Type.Slice(U), fn(U, T)), U);
    method("Slice", "contains", fn(BOOL, T));
    method("Slice", "fold", fn(U, U, fn(U, U, T)), U);
    method("Slice", "find", fn(Type.option(T), pred));
    method("Slice", "any", fn(BOOL, pred));
    method("Slice", "all", fn(BOOL, pred));
    method("Slice", "enumerate", fn(new Type.Named(Type.PRELUDE, "EnumeratedSlice", List.of(T))));
    method("Slice", "clone", fn(sliceT));
    method("Slice", "join", fn(STRING, STRING));
    statik("Slice", "new", fn(sliceT));

    Type pair = new Type.Tuple(List.of(INT, T));
    method("EnumeratedSlice", "filter", fn(new Type.Slice(pair), fn(BOOL, pair)));
    method("EnumeratedSlice", "map", fn(new Type.Slice(U), fn(U, pair)), U);
    method("EnumeratedSlice", "fold", fn(U, U, fn(U, U, pair)), U);
    method("EnumeratedSlice", "find", fn(Type.option(pair), fn(BOOL, pair)));

    Type mapKV = new Type.MapOf(K, V);
    method("Map", "length", fn(INT));
    method("Map", "is_empty", fn(BOOL));
    method("Map", "get", fn(Type.option(V), K));
    method("Map", "delete", fn(UNIT, K));
    method("Map", "clone", fn(mapKV));
    statik("Map", "new", fn(mapKV));
    statik("Map", "from", fn(mapKV, new Type.Slice(new Type.Tuple(List.of(K, V)))));

    method("string", "length", fn(INT));
    method("string", "is_empty", fn(BOOL));
    method("string", "contains", fn(BOOL, STRING));
    method("string", "split", fn(new Type.Slice(STRING), STRING));
    method("string", "starts_with", fn(BOOL, STRING));
    method("string", "ends_with", fn(BOOL, STRING));
    method("string", "byte_at", fn(Type.BYTE, INT));
    method("string", "rune_at", fn(Type.RUNE, INT));

    Concurrency.natives();

    Type optT = Type.option(T);
    method("PanicValue", "message", fn(STRING));
    method("PanicValue", "as_error", fn(Type.option(Type.ERROR_INTERFACE)));
    method("PanicValue", "stack_trace", fn(STRING));
    method("Option", "is_some", fn(BOOL));
    method("Option", "is_none", fn(BOOL));
    method("Option", "unwrap_or", fn(T, T));
    method("Option", "unwrap_or_else", fn(T, fn(T)));
    method("Option", "map", fn(Type.option(U), fn(U, T)), U);
    method("Option", "map_or", fn(U, U, fn(U, T)), U);
    method("Option", "map_or_else", fn(U, fn(U), fn(U, T)), U);
    method("Option", "and_then", fn(Type.option(U), fn(Type.option(U), T)), U);
    method("Option", "or_else", fn(optT, fn(optT)));
    method("Option", "filter", fn(optT, pred));
    method("Option", "take", fn(optT));
    method("Option", "ok_or", fn(Type.result(T, E), E), E);
    method("Option", "ok_or_else", fn(Type.result(T, E), fn(E)), E);
    method("Option", "zip", fn(Type.option(new Type.Tuple(List.of(T, U))), Type.option(U)), U);
    method("Option", "flatten", fn(T));

    Type resTE = Type.result(T, E);
    method("Result", "is_ok", fn(BOOL));
    method("Result", "is_err", fn(BOOL));
    method("Result", "ok", fn(optT));
    method("Result", "err", fn(Type.option(E)));
    method("Result", "unwrap_or", fn(T, T));
    method("Result", "unwrap_or_else", fn(T, fn(T, E)));
    method("Result", "map", fn(Type.result(U, E), fn(U, T)), U);
    method("Result", "map_err", fn(Type.result(T, F), fn(F, E)), F);
    method("Result", "map_or", fn(U, U, fn(U, T)), U);
    method("Result", "and_then", fn(Type.result(U, E), fn(Type.result(U, E), T)), U);
    method("Result", "or_else", fn(Type.result(T, F), fn(Type.result(T, F), E)), F);

    Type partial = new Type.Named(Type.PRELUDE, "Partial", List.of(T, E));
    method("Partial", "is_ok", fn(BOOL));
    method("Partial", "is_err", fn(BOOL));
    method("Partial", "is_both", fn(BOOL));
    method("Partial", "ok", fn(optT));
    method("Partial", "err", fn(Type.option(E)));
    method("Partial", "unwrap_or", fn(T, T));
    method("Partial", "unwrap_or_else", fn(T, fn(T, E)));
    method("Partial", "map", fn(new Type.Named(Type.PRELUDE, "Partial", List.of(U, E)), fn(U, T)), U);
    method("Partial", "map_err", fn(new Type.Named(Type.PRELUDE, "Partial", List.of(T, F)), fn(F, E)), F);
    if (partial == null) {
      throw new AssertionError();
    }
  }

  /** The owner name and type arguments of a receiver type, if it has native methods. */
  record Owner(String name, List<Type.Param> params, List<Type> args) {}

  static Optional<Owner> owner(Type t) {
    return switch (t) {
      case Type.Slice s -> Optional.of(new Owner("Slice", List.of(T), List.of(s.element())));
      case Type.MapOf m -> Optional.of(new Owner("Map", List.of(K, V), List.of(m.key(), m.value())));
      case Type.Prim p when p == Type.Prim.STRING -> Optional.of(new Owner("string", List.of(), List.of()));
      case Type.Named n when n.module().equals(Type.PRELUDE) -> switch (n.name()) {
        case "Option", "EnumeratedSlice", "Channel", "Sender", "Receiver" -> Optional.of(new Owner(n.name(), List.of(T), n.args()));
        case "Result", "Partial" -> Optional.of(new Owner(n.name(), List.of(T, E), n.args()));
        case "PanicValue" -> Optional.of(new Owner(n.name(), List.of(), List.of()));
        default -> Optional.empty();
      };
      default -> Optional.empty();
    };
  }

  static Optional<Sig> method(String owner, String name) {
    return Optional.ofNullable(METHODS.getOrDefault(owner, Map.of()).get(name));
  }

  static Optional<Sig> staticFunction(String owner, String name) {
    return Optional.ofNullable(STATICS.getOrDefault(owner, Map.of()).get(name));
  }

  static List<String> methodNames(String owner) {
    return new ArrayList<>(METHODS.getOrDefault(owner, Map.of()).keySet());
  }

  /** Common names from other languages and what Lisette calls them. */
  static final Map<String, String> SUGGESTIONS = Map.of("len", "length", "size", "length", "push", "append",
      "count", "length", "includes", "contains", "has", "contains", "remove", "delete", "unwrap", "unwrap_or");
}
