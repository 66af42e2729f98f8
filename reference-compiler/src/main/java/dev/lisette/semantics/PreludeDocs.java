package dev.lisette.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Text for `lis doc Option`, `lis doc Slice.map`: the prelude's types and native methods (brief §19). */
public final class PreludeDocs {
  private PreludeDocs() {}

  private static final List<String> OWNERS = List.of("Option", "Result", "Partial", "Slice", "EnumeratedSlice", "Map",
      "string");

  /** The prelude types that have documentation. */
  public static List<String> names() {
    return OWNERS;
  }

  /** `Owner` (the type and all its methods) or `Owner.method`. */
  public static Optional<String> describe(String query) {
    int dot = query.indexOf('.');
    String owner = dot < 0 ? query : query.substring(0, dot);
    if (!OWNERS.contains(owner)) {
      return Optional.empty();
    }
    if (dot >= 0) {
      String name = query.substring(dot + 1);
      var sig = Natives.method(owner, name).or(() -> Natives.staticFunction(owner, name));
      return sig.map(s -> header(owner) + "\n  " + signature(s, Natives.staticFunction(owner, name).isPresent()) + "\n");
    }
    var out = new StringBuilder();
    var decl = Declarations.prelude().get(Type.PRELUDE + "." + owner);
    if (decl instanceof TypeDecl.Enum e) {
      out.append("enum ").append(typeName(owner)).append(" {\n");
      for (TypeDecl.Variant v : e.variants()) {
        out.append("  ").append(v.name());
        if (!v.fields().isEmpty()) {
          out.append('(').append(v.fields().stream().map(f -> f.type().toString()).collect(Collectors.joining(", "))).append(')');
        }
        out.append(",\n");
      }
      out.append("}\n\n");
    }
    out.append(header(owner)).append('\n');
    for (String name : staticNames(owner)) {
      out.append("  ").append(signature(Natives.staticFunction(owner, name).orElseThrow(), true)).append('\n');
    }
    for (String name : Natives.methodNames(owner)) {
      out.append("  ").append(signature(Natives.method(owner, name).orElseThrow(), false)).append('\n');
    }
    return Optional.of(out.toString());
  }

  private static List<String> staticNames(String owner) {
    var out = new ArrayList<String>();
    for (String n : List.of("new", "from")) {
      if (Natives.staticFunction(owner, n).isPresent()) {
        out.add(n);
      }
    }
    return out;
  }

  private static String typeName(String owner) {
    return switch (owner) {
      case "Option", "Slice", "EnumeratedSlice" -> owner + "<T>";
      case "Result", "Partial" -> owner + "<T, E>";
      case "Map" -> "Map<K, V>";
      default -> owner;
    };
  }

  private static String header(String owner) {
    return "impl " + typeName(owner);
  }

  private static String signature(Natives.Sig s, boolean isStatic) {
    var params = new ArrayList<String>();
    if (!isStatic) {
      params.add(s.name().equals("take") ? "self: Ref<Self>" : "self");
    }
    List<Type> types = s.type().params();
    for (int i = 0; i < types.size(); i++) {
      boolean last = i == types.size() - 1;
      params.add(s.type().variadic() && last ? "VarArgs<" + types.get(i) + ">" : types.get(i).toString());
    }
    String generics = s.own().isEmpty() ? "" : "<" + s.own().stream().map(Type.Param::name).collect(Collectors.joining(", ")) + ">";
    String result = s.type().result() == Type.Unit.UNIT ? "" : " -> " + s.type().result();
    return "fn " + s.name() + generics + "(" + String.join(", ", params) + ")" + result;
  }
}
