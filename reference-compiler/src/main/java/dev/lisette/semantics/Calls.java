package dev.lisette.semantics;

import dev.lisette.syntax.Expr;
import dev.lisette.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calls and the things that can be called (spec functions, methods, enums.construct): functions
 * (generic ones instantiated afresh), variant and tuple-struct constructors, associated
 * functions, methods with auto-address and auto-deref, prelude native methods.
 */
final class Calls {
  private final Checker c;
  private final Expressions x;

  Calls(Checker c, Expressions x) {
    this.c = c;
    this.x = x;
  }

  /** Static calls whose type arguments were neither given nor inferable: reported as missing (spec types.inference). */
  final java.util.Set<Expr> nativeConstructors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  Type call(Expr.Call call, Optional<Type> hint) {
    Expr callee = call.callee();
    List<Type> typeArgs = List.of();
    Optional<Expr.TypeApply> apply = Optional.empty();
    if (callee instanceof Expr.TypeApply ta) {
      apply = Optional.of(ta);
      typeArgs = ta.args().stream().map(c::resolveType).toList();
      callee = ta.target();
    }
    Type calleeType;
    if (callee instanceof Expr.Field f && !qualifier(f.target()) && !namespace(f.target())) {
      calleeType = method(call, f, typeArgs);
    } else {
      calleeType = callable(callee, typeArgs, true);
      if (typeArgs.isEmpty() && isNativeStatic(callee)) {
        nativeConstructors.add(call);
      }
    }
    Type t = c.shallow(calleeType);
    apply.ifPresent(a -> c.types.put(a, t));
    if (Type.lenient(t)) {
      call.args().forEach(a -> x.infer(a, Optional.empty()));
      return Type.Error.ERROR;
    }
    if (!(t instanceof Type.Fn fn) && variantOf(callee) instanceof Symbol.Variant v) {
      c.error("infer.arg_count_mismatch", "wrong argument count", call.span(), "`" + Paths.display(v) + "` has no payload",
          "write `" + Paths.display(v) + "` without parentheses");
      call.args().forEach(a -> x.infer(a, Optional.empty()));
      return Type.Error.ERROR;
    }
    if (!(t instanceof Type.Fn fn)) {
      c.error("infer.not_callable", "not callable", call.callee().span(), "`" + c.resolve(t) + "` is not a function", null);
      call.args().forEach(a -> x.infer(a, Optional.empty()));
      return Type.Error.ERROR;
    }
    hint.ifPresent(h -> c.interfaces.expect(fn.result(), h));
    arguments(call, fn);
    return fn.result();
  }

  private Symbol variantOf(Expr callee) {
    return callee instanceof Expr.Field f ? c.members.get(f) : callee instanceof Expr.Name n ? c.names.get(n) : null;
  }

  private boolean isNativeStatic(Expr callee) {
    return callee instanceof Expr.Field f && c.members.get(f) instanceof Symbol.Native n && n.isStatic();
  }

  void arguments(Expr.Call call, Type.Fn fn) {
    int n = call.args().size();
    int fixed = fn.variadic() ? fn.params().size() - 1 : fn.params().size();
    if (fn.variadic() ? n < fixed : n != fixed) {
      String expected = (fn.variadic() ? "at least " : "") + fixed + " argument" + (fixed == 1 ? "" : "s");
      c.error("infer.arg_count_mismatch", "wrong argument count", call.span(), "expected " + expected + ", found " + n, null);
    }
    for (int i = 0; i < n; i++) {
      Expr arg = call.args().get(i);
      Type param = i < fixed ? fn.params().get(i) : fn.variadic() ? fn.params().get(fn.params().size() - 1) : null;
      if (!x.subExpression(arg)) {
        continue;
      }
      if (param == null || param == Type.Unknown.UNKNOWN) {
        Type t = x.infer(arg, Optional.empty());
        x.notAValue(arg, t);
      } else {
        x.argument(arg, param);
      }
    }
  }

  /** An imported Go package or module (`fmt.Println`, `models.load`). */
  private boolean namespace(Expr e) {
    return e instanceof Expr.Name n && c.lookupLocal(n.ident().name()).isEmpty()
        && (c.global(n.ident().name()) instanceof Symbol.Module);
  }

  /** A name of a type used as a qualifier: `Shape.Circle`, `Rect.square`, `Slice.new`. */
  boolean qualifier(Expr e) {
    if (Expressions.unparen(e) instanceof Expr.Field f && f.target() instanceof Expr.Name m && namespace(m)
        && c.global(m.ident().name()) instanceof Symbol.Module mod) {
      return mod.exports().types().containsKey(f.name().name());
    }
    if (!(Expressions.unparen(e) instanceof Expr.Name n) || c.lookupLocal(n.ident().name()).isPresent()
        || c.global(n.ident().name()) != null) {
      return false;
    }
    String name = n.ident().name();
    return c.typeNames.containsKey(name) || List.of("Option", "Result", "Partial", "Slice", "Map", "Channel").contains(name);
  }

  /** The type of a callee or function value: instantiated, with explicit type arguments applied. */
  Type callable(Expr callee, List<Type> typeArgs, boolean called) {
    return switch (callee) {
      case Expr.Name n -> x.nameValue(n, typeArgs, called);
      case Expr.Field f when qualifier(f.target()) -> qualified(f, typeArgs);
      default -> {
        if (!typeArgs.isEmpty()) {
          c.error("infer.type_arg_on_non_generic", "unexpected type arguments", callee.span(),
              "this callee takes no type arguments", null);
        }
        yield x.infer(callee, Optional.empty());
      }
    };
  }

  /** Instantiates a generic signature: {@code params} become {@code given} or fresh variables. */
  Type.Fn instantiate(Type.Fn sig, List<Type.Param> params, List<Type> given, List<Type> fixed, dev.lisette.diagnostics.Span at) {
    var args = new ArrayList<Type>(fixed);
    int own = params.size() - fixed.size();
    if (!given.isEmpty() && own == 0) {
      c.error("infer.type_arg_on_non_generic", "unexpected type arguments", at, "this function takes no type arguments",
          "remove the `<…>`");
      given = List.of();
    } else if (!given.isEmpty() && given.size() != own) {
      c.error("infer.type_arg_count_mismatch", "wrong type argument count", at,
          "expected " + own + " type argument" + (own == 1 ? "" : "s") + ", found " + given.size(), null);
      given = List.of();
    }
    for (int i = 0; i < own; i++) {
      args.add(given.isEmpty() ? c.fresh() : given.get(i));
    }
    c.interfaces.instantiated(params, args, at);
    lastInstantiation = new Instantiation(params.subList(fixed.size(), params.size()), args.subList(fixed.size(), args.size()), at);
    return (Type.Fn) TypeDecl.substitute(sig, params, args);
  }

  /** The own type parameters of the latest instantiation and the types chosen for them. */
  record Instantiation(List<Type.Param> params, List<Type> args, dev.lisette.diagnostics.Span at) {}

  Instantiation lastInstantiation;

  /** Generic function calls whose type arguments were inferred: reported if one stays unknown. */
  final List<Instantiation> inferredCalls = new ArrayList<>();

  /** `Type.member` where `Type` is a struct, an enum or a prelude type. */
  private Type qualified(Expr.Field f, List<Type> typeArgs) {
    String name = f.name().name();
    if (Expressions.unparen(f.target()) instanceof Expr.Field inner && inner.target() instanceof Expr.Name m) {
      // `models.Shape.Circle`: a type of an imported module.
      c.names.put(m, c.global(m.ident().name()));
      c.types.put(m, new Type.Package(m.ident().name(), "module"));
      c.types.put(inner, new Type.Package(inner.name().name(), "type"));
      Optional<TypeDecl> d = c.moduleType(m.ident().name(), inner.name());
      return d.isEmpty() ? Type.Error.ERROR : member(f, d.get(), inner.name().name(), typeArgs);
    }
    var q = (Expr.Name) Expressions.unparen(f.target());
    String owner = q.ident().name();
    c.types.put(f.target(), new Type.Package(owner, "type"));
    if (Expressions.unparen(f.target()) != f.target()) {
      c.error("infer.parenthesized_qualifier", "unnecessary parentheses around qualifier", f.target().span(),
          "write `" + owner + "." + name + "`", null);
    }
    var stat = Natives.staticFunction(owner, name);
    if (stat.isPresent()) {
      c.members.put(f, new Symbol.Native(owner, name, true));
      var params = owner.equals("Slice") || owner.equals("Channel") ? List.of(Natives.T) : List.of(Natives.K, Natives.V);
      if (owner.equals("Map") && typeArgs.size() == 2 && !Comparability.comparable(c, typeArgs.get(0))) {
        c.error("infer.non_comparable_map_key", "map key is not comparable", f.span(),
            "`" + c.resolve(typeArgs.get(0)) + "` cannot be compared with `==`", "use a comparable key type such as `string` or `int`");
      }
      return instantiate(stat.get().type(), params, typeArgs, List.of(), f.span());
    }
    Optional<TypeDecl> decl = c.typeDecl(owner);
    if (decl.isEmpty() && Natives.method(owner, name).isPresent() && !(owner.equals("Option") || owner.equals("Result")
        || owner.equals("Partial")) || decl.isEmpty() && List.of("Option", "Result", "Partial").contains(owner)
        && Natives.method(owner, name).isPresent() && c.typeDecls.get(Type.PRELUDE + "." + owner) instanceof TypeDecl.Enum e
        && e.variant(name).isEmpty()) {
      return nativeUfcs(f, owner, Natives.method(owner, name).get(), typeArgs);
    }
    if (decl.isEmpty() && List.of("Option", "Result", "Partial").contains(owner)) {
      decl = Optional.of(c.typeDecls.get(Type.PRELUDE + "." + owner));
    }
    if (decl.isEmpty()) {
      var alias = c.decls.aliasNamed(owner);
      if (alias.isPresent() && !alias.get().generics().isEmpty()) {
        c.error("infer.type_alias_as_qualifier", "cannot use generic type alias as qualifier", f.target().span(),
            "`" + owner + "` is a generic alias", "qualify with the type it stands for");
        return Type.Error.ERROR;
      }
      if (alias.isPresent() && c.resolve(c.decls.alias(alias.get(), List.of(), f.target().span())) instanceof Type.Named an
          && c.typeDecls.get(an.key()) != null) {
        decl = Optional.of(c.typeDecls.get(an.key()));
      }
    }
    if (decl.isEmpty()) {
      c.error("infer.member_not_found", "member not found", f.name().span(), "`" + owner + "` has no member `" + name + "`",
          null);
      return Type.Error.ERROR;
    }
    c.names.put(q, new Symbol.TypeName(decl.get()));
    return member(f, decl.get(), owner, typeArgs);
  }

  /** `Option.map(o, f)`: a native method through its type, the receiver first (spec methods.ufcs). */
  private Type nativeUfcs(Expr.Field f, String owner, Natives.Sig sig, List<Type> typeArgs) {
    c.members.put(f, new Symbol.Native(owner, sig.name(), false, true));
    List<Type.Param> ownerParams = switch (owner) {
      case "Slice", "Option", "EnumeratedSlice", "Channel", "Sender", "Receiver" -> List.of(Natives.T);
      case "Map" -> List.of(Natives.K, Natives.V);
      case "Result", "Partial" -> List.of(Natives.T, Natives.E);
      default -> List.of();
    };
    Type recv = switch (owner) {
      case "Slice" -> new Type.Slice(Natives.T);
      case "Map" -> new Type.MapOf(Natives.K, Natives.V);
      case "string" -> Type.Prim.STRING;
      default -> new Type.Named(Type.PRELUDE, owner, List.copyOf(ownerParams));
    };
    var params = new ArrayList<Type>();
    params.add(recv);
    params.addAll(sig.type().params());
    var all = new ArrayList<Type.Param>(ownerParams);
    all.addAll(sig.own());
    var fixed = new ArrayList<Type>();
    ownerParams.forEach(p -> fixed.add(c.fresh()));
    return instantiate(new Type.Fn(params, sig.type().result(), sig.type().variadic()), all, typeArgs, fixed, f.span());
  }

  /** A variant or associated function of {@code decl} (spec enums.construct, methods.associated). */
  private Type member(Expr.Field f, TypeDecl decl0, String owner, List<Type> typeArgs) {
    String name = f.name().name();
    Optional<TypeDecl> decl = Optional.of(decl0);
    if (decl.get() instanceof TypeDecl.Enum e && e.variant(name).isPresent()) {
      var variant = new Symbol.Variant(e, e.variant(name).get());
      c.members.put(f, variant);
      return constructor(variant, typeArgs, f);
    }
    if (decl.get() instanceof TypeDecl.ValueEnum v && v.members().contains(name)) {
      // `time.Month.January`: the Go constant of that member (spec interop.named-numeric.values)
      var constant = GoTypedefs.load(GoTypedefs.goPath(v.module())).map(l -> l.exports().constants().get(name));
      if (constant.isPresent() && constant.get() != null) {
        c.members.put(f, constant.get());
        return constant.get().type();
      }
    }
    var method = c.method(decl.get(), name);
    if (method.isPresent()) {
      TypeDecl.Method m = method.get();
      privateMethod(f, decl.get(), m);
      c.members.put(f, new Symbol.AssociatedFunction(m));
      Type.Fn sig = m.signature();
      if (m.receiver() != TypeDecl.Receiver.NONE) {
        // UFCS: `Counter.bump(c, 2)` passes the receiver first (spec methods.ufcs).
        Type self = c.decls.receiverType(m);
        var params = new ArrayList<Type>();
        params.add(self);
        params.addAll(sig.params());
        sig = new Type.Fn(params, sig.result(), sig.variadic());
      }
      return instantiate(sig, m.params(), typeArgs, List.of(), f.span());
    }
    String what = decl.get() instanceof TypeDecl.Enum ? "variant or associated function" : "associated function";
    String code = decl.get() instanceof TypeDecl.Enum ? "resolve.variant_not_found" : "infer.member_not_found";
    c.error(code, what + " not found", f.name().span(), "`" + owner + "` has no " + what + " `" + name + "`", null);
    return Type.Error.ERROR;
  }

  /** A variant used as a value: unit variants are values, payload variants constructor functions. */
  Type constructor(Symbol.Variant v, List<Type> typeArgs, Expr at) {
    TypeDecl.Enum e = v.owner();
    List<Type> args = typeArgs.isEmpty() ? c.freshArgs(e) : typeArgs;
    if (!typeArgs.isEmpty() && typeArgs.size() != e.params().size()) {
      c.error("infer.type_arg_count_mismatch", "wrong type argument count", at.span(),
          "`" + e.name() + "` takes " + e.params().size() + " type arguments", null);
      args = c.freshArgs(e);
    }
    Type instance = c.instantiate(e, args);
    var fields = Paths.fields(v, args);
    return switch (v.variant().shape()) {
      case UNIT -> instance;
      case TUPLE -> new Type.Fn(fields.stream().map(TypeDecl.Field::type).toList(), instance, false);
      case NAMED -> {
        c.error("infer.type_mismatch", "struct variant used as a value", at.span(),
            "`" + Paths.display(v) + "` has named fields", "construct it with `" + Paths.display(v) + " { … }`");
        yield Type.Error.ERROR;
      }
    };
  }

  /** `Rgb(1, 2, 3)`: the constructor of a tuple struct. */
  Type tupleStructConstructor(TypeDecl.Struct s, List<Type> typeArgs) {
    List<Type> args = typeArgs.size() == s.params().size() && !typeArgs.isEmpty() ? typeArgs : c.freshArgs(s);
    Type instance = c.instantiate(s, args);
    return new Type.Fn(Paths.fields(new Symbol.TypeName(s), args).stream().map(TypeDecl.Field::type).toList(), instance,
        false);
  }

  // ---- methods -------------------------------------------------------------------------

  /** `receiver.name(args)`: a user method, a native method, or a field holding a function. */
  private Type method(Expr.Call call, Expr.Field f, List<Type> typeArgs) {
    Type recvType = c.shallow(x.infer(f.target(), Optional.empty()));
    String name = f.name().name();
    boolean viaRef = recvType instanceof Type.Ref;
    Type base = x.data().deref(recvType);
    if (Type.lenient(base)) {
      return Type.Error.ERROR;
    }
    if (base instanceof Type.Var) {
      c.error("infer.type_not_inferred", "type annotations needed", f.target().span(),
          "the type of this value must be known to call `." + name + "()`", "annotate the binding's type");
      return Type.Error.ERROR;
    }
    var ifaces = c.interfaces.interfacesOf(base);
    if (!ifaces.isEmpty() || base instanceof Type.Param) {
      if (viaRef && !(base instanceof Type.Param)) {
        c.error("infer.ref_of_interface", "method call through a `Ref` to an interface", f.target().span(),
            "`" + c.resolve(recvType) + "` points to an interface value", "use the interface value itself; it is already a reference");
        return Type.Error.ERROR;
      }
      for (Type.Named iface : ifaces) {
        var found = c.interfaces.lookup(iface, name);
        if (found.isPresent()) {
          c.members.put(f, new Symbol.InterfaceMethod(found.get().owner(), found.get().method()));
          return found.get().signature();
        }
      }
      var names = new java.util.ArrayList<String>();
      ifaces.forEach(i -> names.addAll(c.interfaces.methodSet(i).keySet()));
      return unknownMethod(f, base, names);
    }
    if (base instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl decl && !n.module().equals(Type.PRELUDE)) {
      var m = c.method(decl, name);
      if (m.isPresent()) {
        return userMethod(f, m.get(), n, viaRef, typeArgs);
      }
      if (decl instanceof TypeDecl.Struct s && s.field(name).isPresent()) {
        return x.data().valueField(f, recvType);
      }
      return unknownMethod(f, base, c.methodsByOwner.getOrDefault(decl.key(), java.util.Map.of()).keySet());
    }
    var owner = Natives.owner(base);
    if (owner.isPresent()) {
      var sig = Natives.method(owner.get().name(), name);
      if (sig.isPresent()) {
        return nativeMethod(f, owner.get(), sig.get(), base, viaRef, typeArgs);
      }
      if (Concurrency.wrongDirection(c, f, owner.get().name())) {
        return Type.Error.ERROR;
      }
      return unknownMethod(f, base, Natives.methodNames(owner.get().name()));
    }
    return unknownMethod(f, base, List.of());
  }

  private Type unknownMethod(Expr.Field f, Type base, java.util.Collection<String> candidates) {
    String name = f.name().name();
    String suggestion = Natives.SUGGESTIONS.get(name);
    if (suggestion == null || !candidates.contains(suggestion)) {
      suggestion = candidates.stream().filter(k -> Expressions.editDistance(k, name) <= 2).sorted().findFirst().orElse(null);
    }
    c.error("infer.member_not_found", "method not found", f.name().span(),
        "`" + c.resolve(base) + "` has no method `" + name + "`", suggestion == null ? null : "did you mean `" + suggestion + "`?");
    return Type.Error.ERROR;
  }

  private void privateMethod(Expr.Field f, TypeDecl owner, TypeDecl.Method m) {
    if (c.foreign(owner) && !m.pub()) {
      c.error("resolve.private_item", "private method", f.name().span(),
          "`" + m.name() + "` is private to module `" + owner.module() + "`", "mark it `pub fn " + m.name() + "`");
    }
  }

  private Type userMethod(Expr.Field f, TypeDecl.Method m, Type.Named recv, boolean viaRef, List<Type> typeArgs) {
    privateMethod(f, c.typeDecls.get(m.owner()), m);
    if (m.receiver() == TypeDecl.Receiver.NONE) {
      c.error("infer.static_method_on_instance", "associated function called on a value", f.name().span(),
          "`" + m.name() + "` takes no `self`", "call it as `" + recv.name() + "." + m.name() + "(…)`");
      return Type.Error.ERROR;
    }
    boolean temp = false;
    if (m.receiver() == TypeDecl.Receiver.REF && !viaRef) {
      Expr target = Expressions.unparen(f.target());
      if (target instanceof Expr.Index i && c.shallow(x.typeOf(i.target())) instanceof Type.MapOf) {
        c.error("infer.cannot_auto_address_receiver", "expression not modifiable", f.target().span(),
            "a map entry cannot be borrowed for `" + m.name() + "`", "copy it to a `let mut`, call, then store it back");
        return Type.Error.ERROR;
      }
      if (x.data().addressable(target, false)) {
        x.mutableRoot(target, "call `" + m.name() + "`, which takes `self: Ref<" + recv.name() + ">`,");
      } else {
        temp = true;
      }
    }
    c.members.put(f, new Symbol.Method(m, temp));
    int implParams = c.typeDecls.get(m.owner()).params().size();
    return instantiate(m.signature(), m.params(), typeArgs, recv.args().subList(0, implParams), f.span());
  }

  private Type nativeMethod(Expr.Field f, Natives.Owner owner, Natives.Sig sig, Type base, boolean viaRef, List<Type> typeArgs) {
    String name = sig.name();
    c.members.put(f, new Symbol.Native(owner.name(), name, false));
    var params = new ArrayList<Type.Param>(owner.params());
    params.addAll(sig.own());
    Type.Fn fn = instantiate(sig.type(), params, typeArgs, owner.args(), f.span());
    switch (owner.name() + "." + name) {
      case "Slice.join" -> {
        if (!c.unify(owner.args().get(0), Type.Prim.STRING)) {
          c.error("infer.member_not_found", "method not found", f.name().span(),
              "`join` needs a `Slice<string>`, found `" + c.resolve(base) + "`", "map the elements to strings first");
          return Type.Error.ERROR;
        }
      }
      case "Slice.contains" -> {
        if (!Comparability.equatable(c, owner.args().get(0)) && !c.unifier.hasVars(owner.args().get(0))) {
          c.error("infer.type_mismatch", "invalid operation", f.name().span(),
              "`" + c.resolve(owner.args().get(0)) + "` values cannot be compared", "use `any` with a predicate");
        }
      }
      case "Option.flatten" -> {
        Type inner = c.shallow(owner.args().get(0));
        if (!(inner instanceof Type.Named n && Type.isPrelude(n, "Option"))) {
          c.error("infer.member_not_found", "method not found", f.name().span(),
              "`flatten` needs an `Option<Option<T>>`, found `" + c.resolve(base) + "`", null);
          return Type.Error.ERROR;
        }
      }
      case "Slice.append", "Slice.extend" -> {
        if (viaRef) {
          c.error("infer.ref_slice_append", "cannot call append/extend on `Ref<Slice>`", f.name().span(),
              "the slice is behind a reference", "write `r.*." + name + "(…)`");
          return Type.Error.ERROR;
        }
      }
      case "Map.delete", "Option.take", "Slice.copy_from" -> x.mutableRoot(Expressions.unparen(f.target()), "call `" + name + "` on it");
      default -> { }
    }
    return fn;
  }
}
