package dev.lisette.semantics;

import dev.lisette.diagnostics.Span;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.Pattern;
import dev.lisette.syntax.TypeExpr;
import dev.lisette.syntax.TypeParam;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Declares a module's structs, enums, aliases and `impl` blocks (spec data-types): first every
 * type name (so declarations may refer to each other and to themselves), then their fields,
 * variants and methods.
 */
final class Declarations {
  private final Checker c;
  /** Alias name → declaration; resolved lazily, with cycle detection. */
  final Map<String, Item.TypeAlias> aliases = new LinkedHashMap<>();
  private final java.util.Set<String> resolvingAliases = new HashSet<>();

  Declarations(Checker c) {
    this.c = c;
  }

  // ---- the prelude enums ---------------------------------------------------------------

  static Map<String, TypeDecl> prelude() {
    var t = new Type.Param("T", -1);
    var e = new Type.Param("E", -2);
    var m = new LinkedHashMap<String, TypeDecl>();
    var option = new TypeDecl.Enum(Type.PRELUDE, "Option", List.of(t), List.of(
        new TypeDecl.Variant("Some", 0, TypeDecl.Shape.TUPLE, List.of(new TypeDecl.Field("0", t, true))),
        new TypeDecl.Variant("None", 1, TypeDecl.Shape.UNIT, List.of())), true);
    var result = new TypeDecl.Enum(Type.PRELUDE, "Result", List.of(t, e), List.of(
        new TypeDecl.Variant("Ok", 0, TypeDecl.Shape.TUPLE, List.of(new TypeDecl.Field("0", t, true))),
        new TypeDecl.Variant("Err", 1, TypeDecl.Shape.TUPLE, List.of(new TypeDecl.Field("0", e, true)))), true);
    var partial = new TypeDecl.Enum(Type.PRELUDE, "Partial", List.of(t, e), List.of(
        new TypeDecl.Variant("Ok", 0, TypeDecl.Shape.TUPLE, List.of(new TypeDecl.Field("0", t, true))),
        new TypeDecl.Variant("Err", 1, TypeDecl.Shape.TUPLE, List.of(new TypeDecl.Field("0", e, true))),
        new TypeDecl.Variant("Both", 2, TypeDecl.Shape.TUPLE,
            List.of(new TypeDecl.Field("0", t, true), new TypeDecl.Field("1", e, true)))), true);
    for (TypeDecl d : List.of(option, result, partial, Interfaces.preludeError())) {
      m.put(d.key(), d);
    }
    return m;
  }

  static final java.util.Set<String> PRELUDE_TYPES = java.util.Set.of("Option", "Result", "Partial", "Slice", "Map",
      "Ref", "Channel", "Sender", "Receiver", "EnumeratedSlice", "Range", "RangeInclusive", "RangeFrom", "RangeTo",
      "RangeToInclusive", "VarArgs", "Unknown", "Never", "PanicValue", "error");

  private record NameInfo(dev.lisette.syntax.Ident name, List<TypeParam> generics, boolean pub) {}

  // ---- pass 1: names -------------------------------------------------------------------

  void declareName(Item item) {
    NameInfo name = switch (item) {
      case Item.Struct s -> new NameInfo(s.name(), s.generics(), s.pub());
      case Item.Enum e -> new NameInfo(e.name(), e.generics(), e.pub());
      case Item.TypeAlias a -> new NameInfo(a.name(), a.generics(), a.pub());
      case Item.Interface i -> new NameInfo(i.name(), i.generics(), i.pub());
      case Item.ValueEnum v when c.typedef() -> new NameInfo(v.name(), List.of(), v.pub());
      default -> null;
    };
    if (name == null) {
      return;
    }
    String n = name.name().name();
    if (PRELUDE_TYPES.contains(n) || Checker.PRIMITIVES.containsKey(n)) {
      c.error("infer.prelude_type_shadowed", "prelude type redefined", name.name().span(),
          "`" + n + "` is a prelude type", "choose another name");
      return;
    }
    if (c.typeNames.containsKey(n)) {
      c.error("infer.duplicate_definition", "duplicate type", name.name().span(),
          "`" + n + "` is defined more than once", "rename one of them");
      return;
    }
    c.typeNames.put(n, item);
    if (item instanceof Item.TypeAlias a && !opaque(a)) {
      aliases.put(n, a);
    }
  }

  List<Type.Param> typeParams(List<TypeParam> generics) {
    var out = new ArrayList<Type.Param>();
    var seen = new HashSet<String>();
    for (TypeParam g : generics) {
      if (!seen.add(g.name().name())) {
        c.error("infer.duplicate_definition", "duplicate type parameter", g.name().span(),
            "`" + g.name().name() + "` is declared twice", null);
      }
      out.add(c.freshParam(g.name().name()));
    }
    var params = List.copyOf(out);
    if (generics.stream().anyMatch(g -> !g.bounds().isEmpty())) {
      Runnable bounds = () -> c.interfaces.declareBounds(generics, params);
      if (stubsDeclared) {
        bounds.run();
      } else {
        pendingBounds.add(bounds);
      }
    }
    return params;
  }

  // ---- pass 2: shapes ------------------------------------------------------------------

  /** Struct and enum declarations, registered before any body is read (fields may be recursive). */
  /** Type parameters of each struct and enum, fixed when its name is declared. */
  private final Map<Item, List<Type.Param>> declParams = new java.util.IdentityHashMap<>();

  /** Registers every struct and enum with no fields yet, so field types may name any of them. */
  void declareStub(Item item) {
    switch (item) {
      case Item.Struct s when c.typeNames.get(s.name().name()) == s -> {
        var params = typeParams(s.generics());
        declParams.put(s, params);
        c.typeDecls.put(c.key(s.name().name()), new TypeDecl.Struct(c.modulePath(), s.name().name(), params,
            TypeDecl.Shape.NAMED, List.of(), s.pub()));
      }
      case Item.Enum e when c.typeNames.get(e.name().name()) == e -> {
        var params = typeParams(e.generics());
        declParams.put(e, params);
        c.typeDecls.put(c.key(e.name().name()), new TypeDecl.Enum(c.modulePath(), e.name().name(), params, List.of(), e.pub()));
      }
      case Item.Interface i when c.typeNames.get(i.name().name()) == i -> {
        var params = typeParams(i.generics());
        declParams.put(i, params);
        c.typeDecls.put(c.key(i.name().name()), new TypeDecl.Interface(c.modulePath(), i.name().name(), params, List.of(),
            List.of(), i.pub()));
      }
      case Item.TypeAlias a when opaque(a) && c.typeNames.get(a.name().name()) == a -> {
        // `type Builder` of a declaration file: a Go type whose layout Lisette does not see.
        var params = typeParams(a.generics());
        c.typeDecls.put(c.key(a.name().name()), new TypeDecl.Struct(c.modulePath(), a.name().name(), params,
            TypeDecl.Shape.NAMED, List.of(), a.pub()));
      }
      case Item.ValueEnum v when c.typedef() && c.typeNames.get(v.name().name()) == v -> {
        Type underlying = v.underlying().map(c::resolveType).orElse(Type.Prim.INT);
        c.typeDecls.put(c.key(v.name().name()), new TypeDecl.ValueEnum(c.modulePath(), v.name().name(), underlying,
            v.variants().stream().map(m -> m.name().name()).toList(), v.pub()));
      }
      default -> { }
    }
  }

  /** An opaque type of a declaration file (`type T` without `=`). */
  private boolean opaque(Item.TypeAlias a) {
    return c.typedef() && a.target().isEmpty();
  }

  /** Bounds of the parameters created while the names were declared, once every interface exists. */
  private final List<Runnable> pendingBounds = new ArrayList<>();
  private boolean stubsDeclared;

  void declareShape(Item item) {
    if (!stubsDeclared) {
      stubsDeclared = true;
      pendingBounds.forEach(Runnable::run);
      pendingBounds.clear();
    }
    switch (item) {
      case Item.Interface i when c.typeNames.get(i.name().name()) == i -> c.interfaces.declareShape(i, declParams.get(i));
      case Item.Struct s when c.typeNames.get(s.name().name()) == s -> {
        var params = declParams.get(s);
        c.withTypeParams(params, () -> {
          var fields = fields(s.fields(), s.name().name());
          var shape = switch (s.fields()) {
            case Item.Fields.Unit u -> TypeDecl.Shape.NAMED;
            case Item.Fields.Named nf -> TypeDecl.Shape.NAMED;
            case Item.Fields.Positional p -> TypeDecl.Shape.TUPLE;
          };
          var tags = c.attributes.structTags(s, fields);
          c.typeDecls.put(c.key(s.name().name()),
              new TypeDecl.Struct(c.modulePath(), s.name().name(), params, shape, fields, s.pub(), tags));
        });
      }
      case Item.Enum e when c.typeNames.get(e.name().name()) == e -> {
        var params = declParams.get(e);
        c.withTypeParams(params, () -> {
          var variants = new ArrayList<TypeDecl.Variant>();
          var fieldTypes = new LinkedHashMap<String, Type>();
          for (Item.Variant v : e.variants()) {
            // Variant fields follow the enum's visibility (spec projects.visibility.variants).
            var fields = fields(v.fields(), v.name().name()).stream()
                .map(f -> new TypeDecl.Field(f.name(), f.type(), true)).toList();
            var shape = switch (v.fields()) {
              case Item.Fields.Unit u -> TypeDecl.Shape.UNIT;
              case Item.Fields.Named nf -> TypeDecl.Shape.NAMED;
              case Item.Fields.Positional p -> TypeDecl.Shape.TUPLE;
            };
            if (shape == TypeDecl.Shape.NAMED) {
              fieldConflicts(v, fields, fieldTypes);
            }
            variants.add(new TypeDecl.Variant(v.name().name(), variants.size(), shape, fields));
          }
          c.typeDecls.put(c.key(e.name().name()),
              new TypeDecl.Enum(c.modulePath(), e.name().name(), params, List.copyOf(variants), e.pub()));
        });
      }
      default -> { }
    }
  }

  /** Struct-variant fields of one name share one Go field, so they must agree in type (spec enums.field-conflict). */
  private void fieldConflicts(Item.Variant v, List<TypeDecl.Field> fields, Map<String, Type> seen) {
    if (!(v.fields() instanceof Item.Fields.Named nf)) {
      return;
    }
    for (int i = 0; i < fields.size(); i++) {
      TypeDecl.Field f = fields.get(i);
      Type before = seen.putIfAbsent(f.name(), f.type());
      if (before != null && !before.equals(f.type()) && !Type.lenient(before) && !Type.lenient(f.type())) {
        c.error("infer.enum_field_type_conflict", "conflicting field types across enum variants",
            nf.fields().get(i).type().span(), "`" + f.name() + "` is `" + before + "` in another variant",
            "give the field the same type in every variant, or another name");
      }
    }
  }

  private List<TypeDecl.Field> fields(Item.Fields fields, String owner) {
    return switch (fields) {
      case Item.Fields.Unit u -> List.of();
      case Item.Fields.Named nf -> nf.fields().stream()
          .map(f -> new TypeDecl.Field(f.name().name(), c.resolveType(f.type()), f.pub())).toList();
      case Item.Fields.Positional p -> {
        var out = new ArrayList<TypeDecl.Field>();
        for (TypeExpr t : p.types()) {
          out.add(new TypeDecl.Field(Integer.toString(out.size()), c.resolveType(t), true));
        }
        yield List.copyOf(out);
      }
    };
  }

  /**
   * A struct that contains itself by value (directly, in a tuple or in an Option/Result) would
   * be infinitely large; slices, maps, references, functions and enums break the cycle (enum
   * payloads that contain their enum are stored behind pointers) (spec structs.recursive).
   */
  void checkRecursion(Item item) {
    if (item instanceof Item.Interface i && c.typeNames.get(i.name().name()) == i) {
      c.interfaces.checkEmbedding(i);
    }
    if (item instanceof Item.Struct s && c.typeDecls.get(c.key(s.name().name())) instanceof TypeDecl.Struct d
        && containsByValue(d.fields().stream().map(TypeDecl.Field::type).toList(), d.key(), new java.util.HashSet<>())) {
      c.error("infer.recursive_type", "recursive type has infinite size", s.name().span(),
          "`" + s.name().name() + "` contains itself", "store it behind a `Ref`, or in a `Slice`");
    }
  }

  private boolean containsByValue(List<Type> types, String key, java.util.Set<String> seen) {
    for (Type t : types) {
      boolean found = switch (t) {
        case Type.Tuple tu -> containsByValue(tu.elements(), key, seen);
        case Type.Named n when n.module().equals(Type.PRELUDE) -> containsByValue(n.args(), key, seen);
        case Type.Named n when c.typeDecls.get(n.key()) instanceof TypeDecl.Struct st -> n.key().equals(key)
            || seen.add(n.key()) && containsByValue(st.fields().stream().map(TypeDecl.Field::type).toList(), key, seen);
        default -> false;
      };
      if (found) {
        return true;
      }
    }
    return false;
  }

  // ---- aliases -------------------------------------------------------------------------

  /** The type an alias use stands for (spec types.alias.transparent). */
  Type alias(Item.TypeAlias a, List<Type> args, Span at) {
    String n = a.name().name();
    if (a.generics().isEmpty() && args.isEmpty() && plainAliases.containsKey(n)) {
      return plainAliases.get(n);
    }
    Type t = expandAlias(a, args, at);
    if (a.generics().isEmpty() && args.isEmpty()) {
      plainAliases.put(n, t);
    }
    return t;
  }

  private final Map<String, Type> plainAliases = new LinkedHashMap<>();

  private Type expandAlias(Item.TypeAlias a, List<Type> args, Span at) {
    String n = a.name().name();
    if (a.target().isEmpty()) {
      c.error("infer.not_supported", "opaque types are only allowed in declaration files", a.span(),
          "`type " + n + "` has no `=`", "write `type " + n + " = …`, or a struct");
      return Type.Error.ERROR;
    }
    if (!resolvingAliases.add(n)) {
      c.error("resolve.circular_type_alias", "circular type alias", a.name().span(),
          "`" + n + "` refers to itself", "aliases are transparent; use a struct or enum for recursive types");
      return Type.Error.ERROR;
    }
    try {
      var params = typeParams(a.generics());
      Type[] out = new Type[1];
      c.withTypeParams(params, () -> out[0] = c.resolveType(a.target().get()));
      if (args.size() != params.size()) {
        c.error("infer.type_arg_count_mismatch", "wrong type argument count", at,
            "`" + n + "` takes " + params.size() + " type argument" + (params.size() == 1 ? "" : "s") + ", found "
                + args.size(), null);
        return Type.Error.ERROR;
      }
      return TypeDecl.substitute(out[0], List.copyOf(params), args);
    } finally {
      resolvingAliases.remove(n);
    }
  }

  /** The module's aliases with a target, resolved, for other modules to use. */
  Map<String, ModuleExports.Alias> exportedAliases() {
    var out = new LinkedHashMap<String, ModuleExports.Alias>();
    aliases.forEach((n, a) -> {
      if (a.target().isEmpty() || resolvingAliases.contains(n)) {
        return;
      }
      var params = typeParams(a.generics());
      Type[] t = new Type[1];
      c.withTypeParams(params, () -> t[0] = c.resolveType(a.target().get()));
      out.put(n, new ModuleExports.Alias(n, List.copyOf(params), t[0], a.pub()));
    });
    return Map.copyOf(out);
  }

  Optional<Item.TypeAlias> aliasNamed(String n) {
    return Optional.ofNullable(aliases.get(n));
  }

  // ---- functions and methods -----------------------------------------------------------

  /** A function's type; a method's receiver parameter (`self`, `self: Ref<T>`) is left out. */
  Type.Fn signature(Item.Fn fn, Optional<TypeDecl> owner) {
    var params = new ArrayList<Type>();
    for (Item.Param p : fn.params()) {
      boolean self = Pattern.simpleName(p.pattern()).map(i -> i.name().equals("self")).orElse(false);
      if (self && owner.isPresent()) {
        continue;
      }
      if (p.type().isEmpty()) {
        c.error(self ? "resolve.self_in_static_method" : "parse.syntax_error", "invalid `self`", p.span(),
            "`self` is only allowed as the first parameter of a method", "declare the function in an `impl` block");
        params.add(Type.Error.ERROR);
        continue;
      }
      params.add(signatureType(p.type().get()));
    }
    Type result = fn.returnType().map(this::signatureType).orElse(Type.Unit.UNIT);
    boolean variadic = !fn.params().isEmpty() && fn.params().get(fn.params().size() - 1).type()
        .filter(t -> t instanceof TypeExpr.Named n && n.path().size() == 1 && n.path().get(0).name().equals("VarArgs"))
        .isPresent();
    return new Type.Fn(List.copyOf(params), result, variadic);
  }

  /**
   * A parameter or result type: there, and only there, `Unknown` may be written, so that a
   * Lisette method can have the shape of a Go method over `any` (`heap.Interface`'s
   * `Push(x: Unknown)`, spec interop.unknown.signatures).
   */
  private Type signatureType(TypeExpr t) {
    if (t instanceof TypeExpr.Named n && n.path().size() == 1 && n.path().get(0).name().equals("Unknown")
        && n.args().isEmpty()) {
      return Type.Unknown.UNKNOWN;
    }
    return c.resolveType(t);
  }

  /** `impl<T> Stack<T> { … }` (spec methods.impl). */
  void declareImpl(Item.Impl im) {
    var params = typeParams(im.generics());
    c.withTypeParams(params, () -> {
      if (!(im.target() instanceof TypeExpr.Named n) || n.path().size() != 1) {
        c.error("infer.impl_on_foreign_type", "cannot implement methods on this type", im.target().span(),
            "methods can only be declared for structs and enums of this module", null);
        return;
      }
      String name = n.path().get(0).name();
      Optional<TypeDecl> owner = c.typeDecl(name);
      if (owner.isEmpty()) {
        boolean known = PRELUDE_TYPES.contains(name) || Checker.PRIMITIVES.containsKey(name) || aliases.containsKey(name);
        if (known) {
          c.error("infer.impl_on_foreign_type", "cannot implement methods on foreign type", im.target().span(),
              "`" + name + "` is not a struct or enum of this module", "wrap it in a struct: `struct My" + name + "(…)`");
        } else {
          c.resolveType(im.target());
        }
        return;
      }
      TypeDecl d = owner.get();
      List<Type> args = n.args().stream().map(c::resolveType).toList();
      if (args.size() != d.params().size() || !args.stream().allMatch(a -> a instanceof Type.Param)) {
        c.notSupported(im.target().span(), "specialized `impl` blocks");
        return;
      }
      // The impl's parameters stand for the declaration's: rename them in field types on use.
      var table = c.methodsByOwner.computeIfAbsent(d.key(), k -> new LinkedHashMap<>());
      for (Item.Fn fn : im.methods()) {
        declareMethod(d, args.stream().map(a -> (Type.Param) a).toList(), fn, table);
      }
    });
  }

  private void declareMethod(TypeDecl owner, List<Type.Param> implParams, Item.Fn fn, Map<String, TypeDecl.Method> table) {
    String name = fn.name().name();
    var own = typeParams(fn.generics());
    var all = new ArrayList<>(implParams);
    all.addAll(own);
    c.withTypeParams(own, () -> {
      TypeDecl.Receiver receiver = receiver(owner, implParams, fn);
      Type.Fn sig = signature(fn, receiver == TypeDecl.Receiver.NONE ? Optional.empty() : Optional.of(owner));
      var method = new TypeDecl.Method(owner.key(), name, receiver, List.copyOf(all), sig, fn.pub(), fn);
      if (table.containsKey(name)) {
        c.error("infer.duplicate_impl_item", "duplicate name in impl", fn.name().span(),
            "`" + name + "` is already defined for `" + owner.name() + "`", "rename one of them");
        return;
      }
      if (owner instanceof TypeDecl.Struct s && s.field(name).isPresent()) {
        c.error("infer.method_shadows_field", "method shadows struct field", fn.name().span(),
            "`" + owner.name() + "` has a field named `" + name + "`", "rename the method");
        return;
      }
      table.put(name, method);
      c.methods.put(fn, method);
    });
  }

  /** The receiver kind of a method: its first parameter named `self`, typed `T` or `Ref<T>`. */
  private TypeDecl.Receiver receiver(TypeDecl owner, List<Type.Param> implParams, Item.Fn fn) {
    if (fn.params().isEmpty()) {
      return TypeDecl.Receiver.NONE;
    }
    Item.Param first = fn.params().get(0);
    var name = Pattern.simpleName(first.pattern());
    boolean self = name.map(i -> i.name().equals("self")).orElse(false);
    if (!self && first.type().isPresent() && c.resolveType(first.type().get()) instanceof Type.Ref r
        && r.target().equals(c.instantiate(owner, List.copyOf(implParams)))) {
      c.error("infer.receiver_not_self", "invalid receiver name", first.pattern().span(),
          "a receiver must be named `self`", "write `self: " + "Ref<" + owner.name() + ">`");
      return TypeDecl.Receiver.NONE;
    }
    if (!self) {
      for (int i = 1; i < fn.params().size(); i++) {
        if (Pattern.simpleName(fn.params().get(i).pattern()).map(x -> x.name().equals("self")).orElse(false)) {
          c.error("infer.receiver_not_self", "invalid receiver", fn.params().get(i).span(),
              "`self` must be the first parameter", null);
        }
      }
      return TypeDecl.Receiver.NONE;
    }
    if (first.type().isEmpty()) {
      return TypeDecl.Receiver.VALUE;
    }
    Type declared = c.resolveType(first.type().get());
    Type value = c.instantiate(owner, List.copyOf(implParams));
    if (declared.equals(value)) {
      return TypeDecl.Receiver.VALUE;
    }
    if (declared instanceof Type.Ref r && r.target().equals(value)) {
      return TypeDecl.Receiver.REF;
    }
    badReceivers.add(fn);
    if (!Type.lenient(declared)) {
      c.error("infer.receiver_type_mismatch", "invalid receiver type", first.type().get().span(),
          "expected `" + value + "` or `Ref<" + value + ">`, found `" + declared + "`", null);
    }
    return TypeDecl.Receiver.VALUE;
  }

  /** Methods whose receiver type was wrong: `self` has the error type (no follow-on errors). */
  private final java.util.Set<Item.Fn> badReceivers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** The type of `self` inside a method body. */
  Type receiverType(TypeDecl.Method m) {
    if (badReceivers.contains(m.decl())) {
      return Type.Error.ERROR;
    }
    TypeDecl owner = c.typeDecls.get(m.owner());
    int implParams = owner.params().size();
    Type value = c.instantiate(owner, List.copyOf(m.params().subList(0, implParams)));
    return m.receiver() == TypeDecl.Receiver.REF ? new Type.Ref(value) : value;
  }
}
