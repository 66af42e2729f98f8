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
import java.util.Set;

/**
 * Interfaces (spec interfaces.*): declarations with embedding, structural satisfaction, method
 * sets of interface values and bounded type parameters, and bounds checked where a generic
 * function or method is instantiated.
 */
final class Interfaces {
  private final Checker c;

  Interfaces(Checker checker) {
    this.c = checker;
  }

  static TypeDecl.Interface preludeError() {
    return new TypeDecl.Interface(Type.PRELUDE, "error", List.of(),
        List.of(new TypeDecl.InterfaceMethod("Error", new Type.Fn(List.of(), Type.Prim.STRING, false))), List.of(), true);
  }

  // ---- declarations ----------------------------------------------------------------------

  /** Methods and embeds of an interface whose stub (name and parameters) is registered. */
  void declareShape(Item.Interface in, List<Type.Param> params) {
    c.withTypeParams(params, () -> {
      var methods = new ArrayList<TypeDecl.InterfaceMethod>();
      var embeds = new ArrayList<Type.Named>();
      for (Item.Member m : in.members()) {
        switch (m) {
          case Item.Member.Method mm -> methods.add(new TypeDecl.InterfaceMethod(mm.name().name(), signature(mm), mm.attrs()));
          case Item.Member.Embed e -> {
            Type t = c.resolveType(e.type());
            if (t instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl.Interface) {
              embeds.add(n);
            } else if (!Type.lenient(t)) {
              c.error("infer.not_an_interface", "only interfaces can be embedded", e.type().span(),
                  "`" + t + "` is not an interface", null);
            }
          }
        }
      }
      c.typeDecls.put(c.key(in.name().name()), new TypeDecl.Interface(c.modulePath(), in.name().name(), params,
          List.copyOf(methods), List.copyOf(embeds), in.pub()));
    });
  }

  private Type.Fn signature(Item.Member.Method m) {
    var params = new ArrayList<Type>();
    for (Item.Param p : m.params()) {
      boolean self = Pattern.simpleName(p.pattern()).map(i -> i.name().equals("self")).orElse(false);
      if (self) {
        continue;
      }
      params.add(p.type().map(c::resolveType).orElse(Type.Error.ERROR));
    }
    Type result = m.returnType().map(c::resolveType).orElse(Type.Unit.UNIT);
    return new Type.Fn(List.copyOf(params), result, false);
  }

  /** Embedding cycles and embedded methods that disagree (spec interfaces.embedding). */
  void checkEmbedding(Item.Interface in) {
    if (!(c.typeDecls.get(c.key(in.name().name())) instanceof TypeDecl.Interface d)) {
      return;
    }
    if (reaches(d, d.key(), new HashSet<>())) {
      if (!cycleReported.add(cycleKey(d))) {
        return;
      }
      Span at = in.members().stream().filter(m -> m instanceof Item.Member.Embed).findFirst()
          .map(Item.Member::span).orElse(in.name().span());
      c.error("infer.interface_cycle", "interface embeds itself", at,
          "`" + d.name() + "` embeds itself through its embedded interfaces", "remove one of the `impl` lines");
      return;
    }
    var seen = new LinkedHashMap<String, Type.Fn>();
    collect(instance(d), seen, new HashSet<>(), Optional.of(in));
  }

  /** Each embedding cycle is reported once, at its first interface. */
  private final Set<Set<String>> cycleReported = new HashSet<>();

  private Set<String> cycleKey(TypeDecl.Interface d) {
    var members = new java.util.TreeSet<String>();
    members.add(d.key());
    for (var e : c.typeDecls.values()) {
      if (e instanceof TypeDecl.Interface other && reaches(other, d.key(), new HashSet<>()) && reaches(d, other.key(), new HashSet<>())) {
        members.add(other.key());
      }
    }
    return members;
  }

  private boolean reaches(TypeDecl.Interface d, String target, Set<String> seen) {
    for (Type.Named e : d.embeds()) {
      if (e.key().equals(target)) {
        return true;
      }
      if (seen.add(e.key()) && c.typeDecls.get(e.key()) instanceof TypeDecl.Interface inner && reaches(inner, target, seen)) {
        return true;
      }
    }
    return false;
  }

  private static Type.Named instance(TypeDecl.Interface d) {
    return new Type.Named(d.module(), d.name(), List.copyOf(d.params()));
  }

  /** The whole method set of an interface type: its own methods and the embedded ones. */
  Map<String, Type.Fn> methodSet(Type.Named iface) {
    var out = new LinkedHashMap<String, Type.Fn>();
    collect(iface, out, new HashSet<>(), Optional.empty());
    return out;
  }

  private void collect(Type.Named iface, Map<String, Type.Fn> out, Set<String> seen, Optional<Item.Interface> report) {
    if (!(c.typeDecls.get(iface.key()) instanceof TypeDecl.Interface d) || !seen.add(iface.key())) {
      return;
    }
    for (TypeDecl.InterfaceMethod m : d.methods()) {
      add(m.name(), (Type.Fn) TypeDecl.substitute(m.signature(), d.params(), iface.args()), out, report);
    }
    for (Type.Named e : d.embeds()) {
      var inner = new LinkedHashMap<String, Type.Fn>();
      collect((Type.Named) TypeDecl.substitute(e, d.params(), iface.args()), inner, seen, Optional.empty());
      inner.forEach((name, sig) -> add(name, sig, out, report));
    }
  }

  private void add(String name, Type.Fn sig, Map<String, Type.Fn> out, Optional<Item.Interface> report) {
    Type.Fn before = out.putIfAbsent(name, sig);
    if (before != null && !sameSignature(before, sig) && report.isPresent()) {
      c.error("infer.interface_method_conflict", "conflicting interface methods", report.get().name().span(),
          "`" + name + "` is `" + describe(before) + "` and `" + describe(sig) + "`",
          "embedded interfaces must agree on the signatures of shared methods");
    }
  }

  /** A method found in an interface's method set, with the interface that declares it. */
  record Found(TypeDecl.Interface owner, TypeDecl.InterfaceMethod method, Type.Fn signature) {}

  Optional<Found> lookup(Type.Named iface, String name) {
    return lookup(iface, name, new HashSet<>());
  }

  private Optional<Found> lookup(Type.Named iface, String name, Set<String> seen) {
    if (!(c.typeDecls.get(iface.key()) instanceof TypeDecl.Interface d) || !seen.add(iface.key())) {
      return Optional.empty();
    }
    var own = d.method(name);
    if (own.isPresent()) {
      return Optional.of(new Found(d, own.get(), (Type.Fn) TypeDecl.substitute(own.get().signature(), d.params(), iface.args())));
    }
    for (Type.Named e : d.embeds()) {
      var found = lookup((Type.Named) TypeDecl.substitute(e, d.params(), iface.args()), name, seen);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The interfaces whose methods a value of type {@code t} offers: an interface, or a bounded parameter's bounds. */
  List<Type.Named> interfacesOf(Type t) {
    if (t instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl.Interface) {
      return List.of(n);
    }
    if (t instanceof Type.Param p) {
      return Checker.BOUNDS.getOrDefault(p.id(), List.of()).stream().filter(b -> b instanceof Type.Named)
          .map(b -> (Type.Named) b).toList();
    }
    return List.of();
  }

  static boolean isInterface(Checker c, Type t) {
    return t instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl.Interface;
  }

  /**
   * `Err(MyErr { … })` where `Result<int, error>` is expected: a generic result's unknown parts
   * that the context wants to be interfaces become those interfaces before the arguments are
   * checked, so the arguments convert (spec interfaces.conversion). Other expected types do not
   * flow into generic arguments (spec types.literal-adaptation.generic).
   */
  void expect(Type result, Type expected) {
    Type r = c.shallow(result);
    Type e = c.shallow(expected);
    if (r instanceof Type.Var && Interfaces.isInterface(c, e)) {
      c.unify(r, e);
      return;
    }
    switch (r) {
      case Type.Named n when e instanceof Type.Named m && n.key().equals(m.key()) && n.args().size() == m.args().size() -> {
        for (int i = 0; i < n.args().size(); i++) {
          expect(n.args().get(i), m.args().get(i));
        }
      }
      case Type.Slice sl when e instanceof Type.Slice es -> expect(sl.element(), es.element());
      case Type.MapOf m when e instanceof Type.MapOf em -> {
        expect(m.key(), em.key());
        expect(m.value(), em.value());
      }
      case Type.Ref rf when e instanceof Type.Ref er -> expect(rf.target(), er.target());
      case Type.Tuple tu when e instanceof Type.Tuple et && tu.elements().size() == et.elements().size() -> {
        for (int i = 0; i < tu.elements().size(); i++) {
          expect(tu.elements().get(i), et.elements().get(i));
        }
      }
      default -> { }
    }
  }


  // ---- satisfaction ----------------------------------------------------------------------

  /** Why {@code t} does not satisfy {@code iface}: one line per missing or mismatched method. */
  List<String> problems(Type t, Type.Named iface) {
    var out = new ArrayList<String>();
    methodSet(iface).forEach((name, required) -> provided(t, name, required).ifPresent(out::add));
    return out;
  }

  /** Empty when {@code t} has method {@code name} with signature {@code required}; else the problem. */
  private Optional<String> provided(Type t0, String name, Type.Fn required) {
    Type t = c.resolve(t0);
    boolean ref = t instanceof Type.Ref;
    Type base = ref ? c.resolve(((Type.Ref) t).target()) : t;
    Optional<Type.Fn> have = Optional.empty();
    if (base instanceof Type.Param p) {
      for (Type bound : Checker.BOUNDS.getOrDefault(p.id(), List.of())) {
        if (bound instanceof Type.Named b && methodSet(b).get(name) instanceof Type.Fn f) {
          have = Optional.of(f);
        }
      }
    } else if (base instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl.Interface && !ref) {
      have = Optional.ofNullable(methodSet(n).get(name));
    } else if (base instanceof Type.Named n && c.typeDecls.get(n.key()) instanceof TypeDecl decl
        && !n.module().equals(Type.PRELUDE)) {
      var m = c.method(decl, name);
      if (m.isPresent()) {
        TypeDecl.Method method = m.get();
        if (method.receiver() == TypeDecl.Receiver.NONE) {
          return Optional.of("`" + name + "` is an associated function (it takes no `self`)");
        }
        if (method.receiver() == TypeDecl.Receiver.REF && !ref) {
          return Optional.of("`" + name + "` takes `self: Ref<" + n.name() + ">`, so only `Ref<" + n + ">` has it (pass `&value`)");
        }
        int implParams = decl.params().size();
        if (method.params().size() > implParams) {
          return Optional.of("`" + name + "` is generic; interface methods cannot be");
        }
        have = Optional.of((Type.Fn) TypeDecl.substitute(method.signature(), method.params().subList(0, implParams),
            n.args()));
      }
    }
    if (have.isEmpty()) {
      return Optional.of("missing method `" + name + describe(required).substring(2) + "`");
    }
    if (!sameSignature(have.get(), required)) {
      return Optional.of("`" + name + "` has signature `" + describe(have.get()) + "`, the interface needs `"
          + describe(required) + "`");
    }
    return Optional.empty();
  }

  private boolean sameSignature(Type.Fn a, Type.Fn b) {
    Type ra = c.resolve(a);
    Type rb = c.resolve(b);
    if (ra.equals(rb)) {
      return true;
    }
    // Inference variables in an instantiation unify; concrete types must be identical.
    return (ra.toString().contains("_") || rb.toString().contains("_")) && c.unify(ra, rb);
  }

  private static String describe(Type.Fn f) {
    return f.toString();
  }

  /** Reports that {@code t} is not an {@code iface}; true when it is one. */
  boolean check(Type t, Type.Named iface, Span at, String what) {
    var problems = problems(t, iface);
    if (problems.isEmpty()) {
      return true;
    }
    c.error("infer.interface_not_implemented", "interface not implemented", at,
        what + " `" + c.resolve(t) + "` does not implement `" + iface + "`", String.join("; ", problems));
    return false;
  }

  // ---- bounds ----------------------------------------------------------------------------

  /** Resolves `T: A + B` for freshly declared parameters (with them in scope: F-bounds work). */
  void declareBounds(List<TypeParam> generics, List<Type.Param> params) {
    c.withTypeParams(params, () -> {
      for (int i = 0; i < generics.size() && i < params.size(); i++) {
        var bounds = new ArrayList<Type>();
        for (TypeExpr b : generics.get(i).bounds()) {
          Type t = c.resolveType(b);
          if (isInterface(c, t)) {
            bounds.add(t);
          } else if (!Type.lenient(t)) {
            c.error("infer.bound_not_interface", "a bound must be an interface", b.span(), "`" + t + "` is not an interface",
                "bounds name interfaces: `T: Shape + Named`");
          }
        }
        if (!bounds.isEmpty()) {
          Checker.BOUNDS.put(params.get(i).id(), List.copyOf(bounds));
        }
      }
    });
  }

  /** A bound to check once the function's types are solved. */
  private record Pending(Type arg, Type.Named bound, Span at) {}

  private final List<Pending> pending = new ArrayList<>();

  /** Records the bounds of {@code params} instantiated with {@code args} at {@code at}. */
  void instantiated(List<Type.Param> params, List<Type> args, Span at) {
    for (int i = 0; i < params.size() && i < args.size(); i++) {
      for (Type b : Checker.BOUNDS.getOrDefault(params.get(i).id(), List.of())) {
        Type bound = TypeDecl.substitute(b, params, args);
        if (bound instanceof Type.Named n) {
          pending.add(new Pending(args.get(i), n, at));
        }
      }
    }
  }

  /** Checks the recorded bounds (at the end of each function body). */
  void checkPending() {
    var todo = List.copyOf(pending);
    pending.clear();
    for (Pending p : todo) {
      Type arg = c.resolve(p.arg());
      if (Type.lenient(arg) || arg instanceof Type.Var || arg.toString().contains("{unknown}")) {
        continue;
      }
      check(arg, p.bound(), p.at(), "the type argument");
    }
  }
}
