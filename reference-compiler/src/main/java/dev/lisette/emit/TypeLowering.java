package dev.lisette.emit;

import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Type;
import dev.lisette.semantics.TypeDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Go spellings of Lisette types and the Go layout of structs and enums (brief §22.3–22.6):
 * structs keep their field names (tuple structs `F0, F1…`, a one-field tuple struct is a Go
 * defined type); an enum is a struct `{ Tag <Enum>Tag; payload fields }` with `iota` tag
 * constants, payload fields named after the variant (one tuple payload), `<Variant>0…`
 * (several) or the capitalised field name (struct variants, shared across variants); a payload
 * that contains the enum itself by value is a pointer.
 */
final class TypeLowering {
  private final CheckedProgram p;
  private final GoImports imports;
  private final Map<String, EnumLayout> layouts = new HashMap<>();
  private final Map<String, Map<String, String>> methodNames = new HashMap<>();
  private Map<String, Set<Type.Param>> comparable;

  TypeLowering(CheckedProgram p, GoImports imports) {
    this.p = p;
    this.imports = imports;
  }

  /** One payload field of a variant: its Go field, its declared type, whether it is a pointer. */
  record Payload(String goName, Type type, boolean pointer) {}

  /**
   * The Go layout of an enum: tag type, the tag constant of each variant (qualified as the
   * lowered file must spell it), the payload fields of each variant and the Go struct fields.
   */
  record EnumLayout(String tagType, String tagField, Map<String, String> tags, Map<String, List<Payload>> payloads,
      List<GoAst.Field> fields) {}

  // ---- types ---------------------------------------------------------------------------

  String goType(Type t) {
    return switch (t) {
      case Type.Prim prim -> prim.goName();
      case Type.Alias a -> a.name();
      case Type.Unit u -> "struct{}";
      case Type.Never n -> "struct{}";
      case Type.Fn fn -> {
        String ps = fn.params().stream().map(this::goType).collect(Collectors.joining(", "));
        if (fn.variadic() && !fn.params().isEmpty()) {
          Type last = fn.params().get(fn.params().size() - 1);
          String init = fn.params().subList(0, fn.params().size() - 1).stream().map(this::goType)
              .map(s -> s + ", ").collect(Collectors.joining());
          ps = init + "..." + goType(last);
        }
        yield "func(" + ps + ")" + (fn.result() == Type.Unit.UNIT ? "" : " " + goType(fn.result()));
      }
      case Type.Unknown u -> "any";
      case Type.Error e -> throw new IllegalStateException("error type reached the emitter");
      case Type.Package pk -> throw new IllegalStateException("package type reached the emitter");
      case Type.Var v -> throw new IllegalStateException("inference variable reached the emitter");
      case Type.Param tp -> GoNames.mangle(tp.name());
      case Type.Tuple tu -> tu.elements().isEmpty() ? "struct{}"
          : imports.prelude() + ".Tuple" + tu.elements().size() + typeArgs(tu.elements());
      case Type.Slice sl -> "[]" + goType(sl.element());
      case Type.MapOf m -> "map[" + goType(m.key()) + "]" + goType(m.value());
      case Type.Ref r -> "*" + goType(r.target());
      case Type.Named nm -> named(nm);
    };
  }

  String typeArgs(List<Type> args) {
    return args.isEmpty() ? "" : "[" + args.stream().map(this::goType).collect(Collectors.joining(", ")) + "]";
  }

  private String named(Type.Named n) {
    if (n.equals(Type.ERROR_INTERFACE)) {
      return "error";
    }
    if (n.module().equals(Type.PRELUDE) && (n.name().equals("Channel") || n.name().equals("Sender")
        || n.name().equals("Receiver"))) {
      String element = goType(n.args().get(0));
      return switch (n.name()) {
        case "Channel" -> "chan " + (element.startsWith("<-") ? "(" + element + ")" : element);
        case "Sender" -> "chan<- " + element;
        default -> "<-chan " + element;
      };
    }
    if (n.module().equals(Type.PRELUDE)) {
      return imports.prelude() + "." + n.name() + typeArgs(n.args());
    }
    if (GoInterop.isGo(n.module())) {
      return goQualifier(n.module()) + GoInterop.typeName(p.decl(n)) + typeArgs(n.args());
    }
    return qualifier(n.module()) + typeName(p.decl(n)) + typeArgs(n.args());
  }

  /** `pkg.` for a type of another module, nothing for this one. */
  String qualifier(String module) {
    if (GoInterop.isGo(module)) {
      return goQualifier(module);
    }
    return module.equals(p.module()) ? "" : imports.module(module) + ".";
  }

  /** `strings.`: a Go package, imported under its local name. */
  String goQualifier(String module) {
    return imports.goPackage(dev.lisette.semantics.GoTypedefs.goPath(module),
        dev.lisette.semantics.GoTypedefs.packageNameOf(module)) + ".";
  }

  /**
   * The Go name of a declared type: `pub` types are exported, and so are all types of a module
   * other than the entry one: a private type can reach other packages through `pub` signatures
   * (spec projects.visibility.exposed-private-type), where Go must be able to spell it.
   */
  static String typeName(TypeDecl d) {
    return Lowering.functionName(d.name(), d.pub() || !d.module().isEmpty());
  }

  /**
   * The Go name of a struct field: `F0…` for tuple structs, exported when `pub` or when the
   * struct is serialized (spec attributes.exported-names).
   */
  static String fieldName(TypeDecl.Struct s, TypeDecl.Field f) {
    if (s.shape() == TypeDecl.Shape.TUPLE) {
      return "F" + f.name();
    }
    if (!s.tags().exported()) {
      return Lowering.functionName(f.name(), f.pub());
    }
    // Every field exported: names that would clash (`name` and `Name`) get `_` appended, in field order.
    var taken = new HashSet<String>();
    for (TypeDecl.Field other : s.fields()) {
      String go = exportedFieldName(other);
      while (!taken.add(go)) {
        go = go + "_";
      }
      if (other.name().equals(f.name())) {
        return go;
      }
    }
    throw new IllegalStateException("no field " + f.name() + " in " + s.name());
  }

  /** The Go name of a field of a serialized struct, before clashes are resolved. */
  private static String exportedFieldName(TypeDecl.Field f) {
    String go = Lowering.functionName(f.name(), true);
    if (!Character.isUpperCase(go.charAt(0))) {
      go = "X" + go;
    }
    // Exported for the encoders only: `String` stays free for the generated printing method.
    return !f.pub() && go.equals("String") ? "String_" : go;
  }

  static TypeDecl.Field field(TypeDecl.Struct s, String name) {
    return s.field(name).orElseThrow(() -> new IllegalStateException("no field " + name + " in " + s.name()));
  }

  /**
   * `[T any, K comparable, S Shape]` for a declaration's type parameters: the bounds, and
   * `comparable` for those Go must know to be comparable (map keys); several constraints are
   * combined in an interface, written as gofmt lays it out (one per line).
   */
  String typeParams(List<Type.Param> params, Set<Type.Param> needComparable) {
    if (params.isEmpty()) {
      return "";
    }
    var constraints = params.stream().map(tp -> constraint(tp, needComparable.contains(tp))).toList();
    var groups = new ArrayList<String>();
    for (int i = 0; i < params.size(); i++) {
      boolean sameAsNext = i + 1 < params.size() && constraints.get(i + 1).equals(constraints.get(i));
      groups.add(GoNames.mangle(params.get(i).name()) + (sameAsNext ? "" : " " + constraints.get(i)));
    }
    return "[" + String.join(", ", groups) + "]";
  }

  private String constraint(Type.Param tp, boolean comparable) {
    var parts = new ArrayList<String>();
    if (comparable) {
      parts.add("comparable");
    }
    p.bounds(tp).forEach(b -> parts.add(goType(b)));
    return switch (parts.size()) {
      case 0 -> "any";
      case 1 -> parts.get(0);
      default -> "interface {\n\t" + String.join("\n\t", parts) + "\n}";
    };
  }

  // ---- comparable type parameters ------------------------------------------------------

  /** The type parameters of declaration {@code key} that Go must know to be `comparable`. */
  Set<Type.Param> comparableParams(String key) {
    if (comparable == null) {
      comparable = new HashMap<>();
      boolean changed = true;
      while (changed) {
        changed = false;
        for (TypeDecl d : p.typeDecls().values()) {
          var need = comparable.computeIfAbsent(d.key(), k -> new HashSet<>());
          var found = new HashSet<Type.Param>();
          for (Type t : fieldTypes(d)) {
            collectComparable(t, false, found);
          }
          found.retainAll(d.params());
          changed |= need.addAll(found);
        }
      }
    }
    return comparable.getOrDefault(key, Set.of());
  }

  private static List<Type> fieldTypes(TypeDecl d) {
    return switch (d) {
      case TypeDecl.Struct s -> s.fields().stream().map(TypeDecl.Field::type).toList();
      case TypeDecl.Enum e -> e.variants().stream().flatMap(v -> v.fields().stream()).map(TypeDecl.Field::type).toList();
      case TypeDecl.Interface i -> List.of();
      case TypeDecl.ValueEnum v -> List.of();
    };
  }

  /** Adds the parameters in {@code t} that must be comparable ({@code key}: t is a map key). */
  void collectComparable(Type t, boolean key, Set<Type.Param> out) {
    switch (t) {
      case Type.Param tp -> {
        if (key) {
          out.add(tp);
        }
      }
      case Type.MapOf m -> {
        collectComparable(m.key(), true, out);
        collectComparable(m.value(), false, out);
      }
      case Type.Slice s -> collectComparable(s.element(), false, out);
      case Type.Ref r -> collectComparable(r.target(), false, out);
      case Type.Tuple tu -> tu.elements().forEach(e -> collectComparable(e, key, out));
      case Type.Fn fn -> {
        fn.params().forEach(x -> collectComparable(x, false, out));
        collectComparable(fn.result(), false, out);
      }
      case Type.Named n -> {
        TypeDecl d = n.module().equals(Type.PRELUDE) ? null : p.typeDecls().get(n.key());
        Set<Type.Param> needed = d == null || comparable == null ? Set.of() : comparable.getOrDefault(d.key(), Set.of());
        for (int i = 0; i < n.args().size(); i++) {
          boolean argKey = key || (d != null && i < d.params().size() && needed.contains(d.params().get(i)));
          collectComparable(n.args().get(i), argKey, out);
        }
      }
      default -> {}
    }
  }

  // ---- enums ---------------------------------------------------------------------------

  EnumLayout layout(TypeDecl.Enum e) {
    return layouts.computeIfAbsent(e.key(), k -> e.module().equals(Type.PRELUDE) ? preludeLayout(e) : userLayout(e));
  }

  private EnumLayout preludeLayout(TypeDecl.Enum e) {
    String lis = imports.prelude();
    var tags = new LinkedHashMap<String, String>();
    var payloads = new LinkedHashMap<String, List<Payload>>();
    for (TypeDecl.Variant v : e.variants()) {
      tags.put(v.name(), lis + "." + e.name() + v.name());
      var fields = new ArrayList<Payload>();
      for (int i = 0; i < v.fields().size(); i++) {
        String go = switch (v.name()) {
          case "Some" -> "SomeVal";
          case "Ok" -> "OkVal";
          case "Err" -> "ErrVal";
          default -> i == 0 ? "OkVal" : "ErrVal";
        };
        fields.add(new Payload(go, v.fields().get(i).type(), false));
      }
      payloads.put(v.name(), fields);
    }
    return new EnumLayout(lis + "." + e.name() + "Tag", "Tag", tags, payloads, List.of());
  }

  private EnumLayout userLayout(TypeDecl.Enum e) {
    String q = qualifier(e.module());
    String name = typeName(e);
    var tags = new LinkedHashMap<String, String>();
    var payloads = new LinkedHashMap<String, List<Payload>>();
    var goFields = new ArrayList<GoAst.Field>();
    // The methods' names win: the tag and payload fields step aside (`Tag_`, `Circle_`).
    var used = new HashSet<>(methodNames(e).values());
    used.addAll(List.of("String", "GoString"));
    String tagField = "Tag";
    while (!used.add(tagField)) {
      tagField = tagField + "_";
    }
    goFields.add(new GoAst.Field(tagField, name + "Tag"));
    var shared = new HashMap<String, String>();
    for (TypeDecl.Variant v : e.variants()) {
      tags.put(v.name(), q + name + v.name());
      var fields = new ArrayList<Payload>();
      for (int i = 0; i < v.fields().size(); i++) {
        TypeDecl.Field f = v.fields().get(i);
        String base = switch (v.shape()) {
          case NAMED -> capitalise(f.name());
          case TUPLE -> v.fields().size() == 1 ? v.name() : v.name() + i;
          case UNIT -> throw new IllegalStateException("unit variant with fields");
        };
        String go;
        if (v.shape() == TypeDecl.Shape.NAMED && shared.containsKey(f.name())) {
          go = shared.get(f.name());
        } else {
          go = base;
          while (!used.add(go)) {
            go = go + "_";
          }
          if (v.shape() == TypeDecl.Shape.NAMED) {
            shared.put(f.name(), go);
          }
          boolean ptr = containsByValue(f.type(), e.key(), new HashSet<>());
          goFields.add(new GoAst.Field(go, (ptr ? "*" : "") + goType(f.type())));
        }
        boolean pointer = containsByValue(f.type(), e.key(), new HashSet<>());
        fields.add(new Payload(go, f.type(), pointer));
      }
      payloads.put(v.name(), fields);
    }
    return new EnumLayout(q + name + "Tag", tagField, tags, payloads, goFields);
  }

  // ---- methods -------------------------------------------------------------------------

  /** The Go names of the methods of a struct or enum, by Lisette name (see {@link GoNames#methods}). */
  Map<String, String> methodNames(TypeDecl d) {
    return methodNames.computeIfAbsent(d.key(), k -> {
      if (d instanceof TypeDecl.Interface i) {
        var all = new java.util.LinkedHashSet<String>();
        interfaceMethods(i, all, new HashSet<>());
        return goFacing(d, GoNames.methods(all, Set.of()), interfaceSignatures(i));
      }
      Set<String> taken = new HashSet<>();
      if (d instanceof TypeDecl.Struct s) {
        s.fields().forEach(f -> taken.add(fieldName(s, f)));
      }
      var withSelf = methodsOf(d).stream().filter(m -> m.receiver() != TypeDecl.Receiver.NONE).toList();
      var sigs = new java.util.HashMap<String, Type.Fn>();
      withSelf.forEach(m -> sigs.put(m.name(), m.signature()));
      return goFacing(d, GoNames.methods(withSelf.stream().map(TypeDecl.Method::name).toList(), taken), sigs);
    });
  }

  /**
   * A Lisette method spelled like a Go method (`Write`) whose signature Go sees differently
   * (`Partial<int, error>` is Go's `(int, error)`) keeps its Lisette form under `Write_`, and a
   * Go-facing `Write` with Go's signature wraps it, so that the type satisfies Go interfaces
   * (spec interop.boundary.interfaces); Lisette code calls `Write_`.
   */
  private Map<String, String> goFacing(TypeDecl d, Map<String, String> names, Map<String, Type.Fn> sigs) {
    if (GoInterop.isGo(d.module())) {
      return names;
    }
    var out = new java.util.LinkedHashMap<String, String>(names);
    out.replaceAll((name, go) -> goFacing(name, sigs.get(name)) ? go + "_" : go);
    return out;
  }

  boolean goFacing(String name, Type.Fn sig) {
    return sig != null && !name.isEmpty() && Character.isUpperCase(name.charAt(0))
        && dev.lisette.semantics.GoViews.differs(sig, p.typeDecls());
  }

  private Map<String, Type.Fn> interfaceSignatures(TypeDecl.Interface i) {
    var out = new java.util.HashMap<String, Type.Fn>();
    i.methods().forEach(m -> out.put(m.name(), m.signature()));
    return out;
  }

  /** The names of the methods an interface requires, its embedded interfaces' included. */
  private void interfaceMethods(TypeDecl.Interface i, Set<String> out, Set<String> seen) {
    if (!seen.add(i.key())) {
      return;
    }
    i.methods().forEach(m -> out.add(m.name()));
    for (Type.Named e : i.embeds()) {
      if (p.typeDecls().get(e.key()) instanceof TypeDecl.Interface inner) {
        interfaceMethods(inner, out, seen);
      }
    }
  }

  /** The methods and associated functions of a type of this module or of another one. */
  java.util.Collection<TypeDecl.Method> methodsOf(TypeDecl d) {
    if (d.module().equals(p.module())) {
      return p.methods().values().stream().filter(m -> m.owner().equals(d.key())).toList();
    }
    for (var exports : p.moduleImports().values()) {
      var table = exports.methods().get(d.key());
      if (table != null) {
        return table.values();
      }
    }
    return List.of();
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Whether a value of {@code t} holds a value of declaration {@code key} inline (not behind a slice, map, ref). */
  boolean containsByValue(Type t, String key, Set<String> seen) {
    return switch (t) {
      case Type.Tuple tu -> tu.elements().stream().anyMatch(x -> containsByValue(x, key, seen));
      case Type.Named n -> {
        if (n.key().equals(key)) {
          yield true;
        }
        if (n.module().equals(Type.PRELUDE)) {
          yield !n.name().equals("EnumeratedSlice") && n.args().stream().anyMatch(x -> containsByValue(x, key, seen));
        }
        TypeDecl d = p.typeDecls().get(n.key());
        if (d == null || !seen.add(n.key())) {
          yield false;
        }
        yield fieldTypes(d).stream().anyMatch(x -> containsByValue(TypeDecl.substitute(x, d.params(), n.args()), key, seen))
            || n.args().stream().anyMatch(x -> containsByValue(x, key, seen));
      }
      default -> false;
    };
  }

  /**
   * Whether `==` on {@code t} must compare through pointers: the type holds, by value, an enum
   * whose recursive payloads are pointers (Go would compare the pointers).
   */
  boolean needsDeepEquality(Type t) {
    return deep(t, new HashSet<>());
  }

  private boolean deep(Type t, Set<String> seen) {
    return switch (t) {
      case Type.Tuple tu -> tu.elements().stream().anyMatch(x -> deep(x, seen));
      case Type.Named n -> {
        if (n.args().stream().anyMatch(x -> deep(x, seen))) {
          yield true;
        }
        TypeDecl d = n.module().equals(Type.PRELUDE) ? null : p.typeDecls().get(n.key());
        if (d == null || !seen.add(n.key())) {
          yield false;
        }
        if (d instanceof TypeDecl.Enum e && layout(e).payloads().values().stream().flatMap(List::stream)
            .anyMatch(Payload::pointer)) {
          yield true;
        }
        yield fieldTypes(d).stream().anyMatch(x -> deep(x, seen));
      }
      default -> false;
    };
  }

  /** Whether {@code t} is an interface type (the prelude's `error` included). */
  boolean isInterface(Type t) {
    return t instanceof Type.Named n && p.typeDecls().get(n.key()) instanceof TypeDecl.Interface;
  }

  /** The enum declaration behind a type (looking through refs), if it is one. */
  TypeDecl.Enum enumOf(Type t) {
    Type s = deref(t);
    if (s instanceof Type.Named n && p.typeDecls().get(n.key()) instanceof TypeDecl.Enum e) {
      return e;
    }
    return null;
  }

  TypeDecl.Struct structOf(Type t) {
    Type s = deref(t);
    if (s instanceof Type.Named n && p.typeDecls().get(n.key()) instanceof TypeDecl.Struct st) {
      return st;
    }
    return null;
  }

  static Type deref(Type t) {
    while (t instanceof Type.Ref r) {
      t = r.target();
    }
    return t;
  }

  /** The type of a struct field or payload in an instance {@code n} of its declaration. */
  static Type fieldType(TypeDecl d, Type.Named n, Type declared) {
    return TypeDecl.substitute(declared, d.params(), n.args());
  }
}
