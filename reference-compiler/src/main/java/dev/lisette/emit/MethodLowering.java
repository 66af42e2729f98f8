package dev.lisette.emit;

import dev.lisette.semantics.Binding;
import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.semantics.TypeDecl;
import dev.lisette.syntax.Expr;
import dev.lisette.syntax.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Methods (brief §13, §22.2): an impl method becomes a Go method with a value or pointer
 * receiver; associated functions, methods with their own type parameters (Go methods cannot
 * have any) and methods of specialized impls (`impl Stack<int>`) become functions
 * `Type_name(self, …)`. Also the explicit type arguments of generic calls when Go cannot infer
 * them.
 */
final class MethodLowering {
  private final Lowering l;
  private final CheckedProgram p;

  MethodLowering(Lowering l) {
    this.l = l;
    this.p = l.p;
  }

  /** The Go name of a method: exported, whatever its visibility (see {@link GoNames#methods}). */
  String goName(TypeDecl.Method m) {
    if (GoInterop.isGo(m.owner())) {
      return m.name(); // a Go method keeps its Go name
    }
    return l.types.methodNames(p.typeDecls().get(m.owner())).get(m.name());
  }

  /** `Rect_square`: the Go function of an associated function or function-form method. */
  private String functionFormName(TypeDecl.Method m) {
    TypeDecl owner = p.typeDecls().get(m.owner());
    return l.types.qualifier(owner.module()) + localFunctionName(m);
  }

  /** `Type_name` (`Type_Name` when pub): never a Go keyword, so never mangled. */
  private String localFunctionName(TypeDecl.Method m) {
    TypeDecl owner = p.typeDecls().get(m.owner());
    return TypeLowering.typeName(owner) + "_" + (m.pub() ? TypeLowering.capitalise(m.name()) : m.name());
  }

  /** The type of the method's receiver `self`. */
  private Type selfType(TypeDecl.Method m) {
    Binding b = p.declarations().get(m.decl().params().get(0));
    if (b != null) {
      return b.type();
    }
    // A method of another module: its `self` binding lives in that module's program. The
    // receiver type is the owner applied to the impl's type parameters (the leading ones of
    // m.params()); a specialized impl (`impl Stack<int>`) is approximated with unit arguments,
    // which only makes it function-form, as it is in its own module.
    TypeDecl owner = p.typeDecls().get(m.owner());
    int n = owner.params().size();
    int implParams = m.params().size() - m.decl().generics().size();
    List<Type> args = implParams == n ? List.copyOf(m.params().subList(0, n))
        : java.util.Collections.nCopies(n, (Type) Type.Unit.UNIT);
    Type t = new Type.Named(owner.module(), owner.name(), args);
    return m.receiver() == TypeDecl.Receiver.REF ? new Type.Ref(t) : t;
  }

  /** Whether the method is lowered as a Go function rather than a Go method. */
  boolean functionForm(TypeDecl.Method m) {
    if (m.receiver() == TypeDecl.Receiver.NONE || !m.decl().generics().isEmpty()) {
      return true;
    }
    TypeDecl owner = p.typeDecls().get(m.owner());
    int implParams = m.params().size() - m.decl().generics().size();
    for (int i = 0; i < implParams; i++) {
      Type.Param tp = m.params().get(i);
      if (!p.bounds(tp).isEmpty() && (i >= owner.params().size() || !p.bounds(tp).equals(p.bounds(owner.params().get(i))))) {
        // `impl<T: Shape> Group<T>`: a Go method cannot constrain its type's parameter further
        return true;
      }
    }
    Type self = TypeLowering.deref(selfType(m));
    if (!(self instanceof Type.Named n) || n.args().size() != owner.params().size()) {
      return true;
    }
    return n.args().stream().anyMatch(a -> !(a instanceof Type.Param)) || n.args().stream().distinct().count() != n.args().size();
  }

  GoAst.Func declare(Item.Fn fn) {
    TypeDecl.Method m = p.methods().get(fn);
    boolean hasSelf = m.receiver() != TypeDecl.Receiver.NONE;
    Optional<Item.Param> self = hasSelf ? Optional.of(fn.params().get(0)) : Optional.empty();
    List<Item.Param> rest = hasSelf ? fn.params().subList(1, fn.params().size()) : fn.params();
    if (!functionForm(m)) {
      return l.body(self, goName(m), "", true, fn, rest, m.signature());
    }
    var sigParams = new ArrayList<Type>();
    self.ifPresent(s -> sigParams.add(p.declarations().get(s).type()));
    sigParams.addAll(m.signature().params());
    Type.Fn full = new Type.Fn(sigParams, m.signature().result(), m.signature().variadic());
    String tp = l.typeParams(fn, m.params(), full);
    return l.body(self, localFunctionName(m), tp, false, fn, rest, m.signature());
  }

  /**
   * The Go-facing wrapper of a method spelled like a Go method whose Go signature differs
   * (see {@link TypeLowering#goFacing}): `func (w *W) Write(p0 []byte) (int, error) { return
   * lisette.PartialToGo(w.Write_(p0)) }`.
   */
  Optional<GoAst.Func> goFacing(Item.Fn fn, GoAst.Func lowered) {
    TypeDecl.Method m = p.methods().get(fn);
    if (functionForm(m) || lowered.receiver().isEmpty() || !l.types.goFacing(m.name(), m.signature())) {
      return Optional.empty();
    }
    GoAst.Param recv = new GoAst.Param("self", lowered.receiver().get().type());
    var params = new ArrayList<GoAst.Param>();
    var args = new ArrayList<GoAst.Expr>();
    for (int i = 0; i < m.signature().params().size(); i++) {
      Type t = m.signature().params().get(i);
      params.add(new GoAst.Param("p" + i, l.interop.goType(t)));
      args.add(l.interop.value(new GoAst.Ident("p" + i), t));
    }
    GoAst.Expr call = new GoAst.Call(new GoAst.Selector(new GoAst.Ident("self"), goName(m)), args);
    Type r = m.signature().result();
    String results = l.interop.goResults(r);
    List<GoAst.Stmt> body = results.isEmpty() ? List.of(new GoAst.ExprStmt(call))
        : List.of(new GoAst.Return(Optional.of(l.interop.toGoResult(call, r))));
    return Optional.of(new GoAst.Func(Optional.of(recv), m.name(), "", params,
        Optional.of(results).filter(s -> !s.isEmpty()), body));
  }

  /** `recv.name(args)`, through a temporary when the receiver is not addressable. */
  GoAst.Expr call(Expr.Call c, Expr.Field f, Symbol.Method sm) {
    TypeDecl.Method m = sm.method();
    Expr target = Lowering.unparen(f.target());
    Type recvType = p.typeOf(target);
    GoAst.Expr recv;
    if (target instanceof Expr.Deref d) {
      recv = l.exprs.value(d.target());
      recvType = p.typeOf(d.target());
    } else {
      recv = l.exprs.value(target);
    }
    var pre = new ArrayList<GoAst.Stmt>();
    List<GoAst.Expr> args = l.exprs.lowerInto(pre, () -> GoInterop.isGo(m.owner())
        ? l.interop.args(c, m.params().isEmpty() ? m.signature() : l.exprs.instantiated(m.signature(), c))
        : l.exprs.args(c, m.params().isEmpty() ? null : l.exprs.instantiated(m.signature(), c)));
    boolean copyable = m.receiver() != TypeDecl.Receiver.REF || recvType instanceof Type.Ref;
    if (sm.addressTemp() || !pre.isEmpty() && !l.exprs.pure(target) && copyable) {
      // a temporary: to take its address, or to evaluate the receiver before the arguments' statements
      String tmp = l.fresh("recv");
      l.sink.add(new GoAst.Define(List.of(tmp), List.of(recv)));
      recv = new GoAst.Ident(tmp);
    }
    l.sink.addAll(pre);
    if (!functionForm(m)) {
      return new GoAst.Call(new GoAst.Selector(recv, goName(m)), args);
    }
    GoAst.Expr recvArg = switch (m.receiver()) {
      case REF -> recvType instanceof Type.Ref ? recv : new GoAst.Unary("&", recv);
      case VALUE -> recvType instanceof Type.Ref ? ExprLowering.deref(recv) : recv;
      case NONE -> throw new IllegalStateException("method without receiver called on a value");
    };
    var all = new ArrayList<GoAst.Expr>();
    all.add(recvArg);
    all.addAll(args);
    var sigParams = new ArrayList<Type>();
    sigParams.add(selfType(m));
    sigParams.addAll(m.signature().params());
    var actualParams = new ArrayList<Type>();
    actualParams.add(m.receiver() == TypeDecl.Receiver.REF ? new Type.Ref(TypeLowering.deref(recvType))
        : TypeLowering.deref(recvType));
    actualParams.addAll(c.args().stream().map(p::typeOf).toList());
    String targs = explicitTypeArgs(m.params(), new Type.Fn(sigParams, m.signature().result(), false),
        new Type.Fn(actualParams, p.typeOf(c), false), false);
    return new GoAst.Call(new GoAst.Ident(functionFormName(m) + targs), all);
  }

  /**
   * `shape.Area()`: a method of an interface value or of a value whose type is a bounded type
   * parameter (through a `Ref`, the interface is dereferenced: Go does not do it).
   */
  GoAst.Expr interfaceCall(Expr.Call c, Expr.Field f, Symbol.InterfaceMethod m) {
    Expr target = Lowering.unparen(f.target());
    GoAst.Expr recv = target instanceof Expr.Deref d ? l.exprs.value(d.target()) : l.exprs.value(target);
    Type recvType = target instanceof Expr.Deref d ? p.typeOf(d.target()) : p.typeOf(target);
    if (recvType instanceof Type.Ref) {
      recv = new GoAst.Paren(ExprLowering.deref(recv));
    }
    if (GoInterop.isGo(m.owner().module())) {
      return new GoAst.Call(new GoAst.Selector(recv, m.method().name()), l.interop.args(c, m.method().signature()));
    }
    String name = l.types.methodNames(m.owner()).get(m.method().name());
    return new GoAst.Call(new GoAst.Selector(recv, name), l.exprs.args(c, null));
  }

  private Type.Fn argTypes(Expr.Call c) {
    return new Type.Fn(c.args().stream().map(p::typeOf).toList(), p.typeOf(c), false);
  }

  /** `Rect.square(2.0)`, or `Counter.bump(c, 2)` (a method called through its type). */
  GoAst.Expr associatedCall(Expr.Call c, Expr.Field f, Symbol.AssociatedFunction a) {
    TypeDecl.Method m = a.method();
    List<GoAst.Expr> args = l.exprs.args(c, m.params().isEmpty() ? null
        : m.receiver() == TypeDecl.Receiver.NONE ? l.exprs.instantiated(m.signature(), c) : argTypes(c));
    if (m.receiver() != TypeDecl.Receiver.NONE && !functionForm(m)) {
      // `Counter.bump(&c, 3)` is `c.bump(3)`: Go takes the address for a pointer receiver.
      GoAst.Expr recv = args.get(0) instanceof GoAst.Unary u && u.op().equals("&")
          && !(u.operand() instanceof GoAst.Composite) ? u.operand() : args.get(0);
      return new GoAst.Call(new GoAst.Selector(recv, goName(m)), args.subList(1, args.size()));
    }
    Type.Fn sig = m.signature();
    if (m.receiver() != TypeDecl.Receiver.NONE) {
      var ps = new ArrayList<Type>();
      ps.add(selfType(m));
      ps.addAll(sig.params());
      sig = new Type.Fn(ps, sig.result(), sig.variadic());
    }
    return new GoAst.Call(new GoAst.Ident(functionFormName(m) + explicitTypeArgs(m.params(), sig, argTypes(c), false)),
        args);
  }

  /** An associated function used as a value (`Temp.from_f`). */
  GoAst.Expr associatedValue(Symbol.AssociatedFunction a, Type t) {
    TypeDecl.Method m = a.method();
    if (m.receiver() != TypeDecl.Receiver.NONE && !functionForm(m)) {
      Type self = selfType(m);
      String recv = l.types.goType(self);
      GoAst.Expr type = self instanceof Type.Ref ? new GoAst.Paren(new GoAst.Ident(recv)) : new GoAst.Ident(recv);
      return new GoAst.Selector(type, goName(m));
    }
    return new GoAst.Ident(functionFormName(m) + explicitTypeArgs(m.params(), m.signature(), t, true));
  }

  // ---- generic instantiation -----------------------------------------------------------

  /**
   * `[int, string]` when a generic callee needs explicit type arguments: always for a function
   * value, for a call when a type parameter occurs in no parameter type (Go infers the others
   * from the arguments). {@code actual} is the instantiated type, if known.
   */
  String explicitTypeArgs(List<Type.Param> params, Type.Fn generic, Type actual, boolean asValue) {
    if (params.isEmpty()) {
      return "";
    }
    if (!asValue && params.stream().allMatch(tp -> generic.params().stream().anyMatch(x -> occurs(tp, x)))) {
      return "";
    }
    if (actual == null) {
      return "";
    }
    Map<Type.Param, Type> found = new HashMap<>();
    match(generic, actual, found);
    if (!params.stream().allMatch(found::containsKey)) {
      return "";
    }
    return l.types.typeArgs(params.stream().map(found::get).toList());
  }

  static boolean occurs(Type.Param tp, Type t) {
    return switch (t) {
      case Type.Param x -> x.equals(tp);
      case Type.Tuple tu -> tu.elements().stream().anyMatch(e -> occurs(tp, e));
      case Type.Slice s -> occurs(tp, s.element());
      case Type.MapOf m -> occurs(tp, m.key()) || occurs(tp, m.value());
      case Type.Ref r -> occurs(tp, r.target());
      case Type.Named n -> n.args().stream().anyMatch(e -> occurs(tp, e));
      case Type.Fn f -> f.params().stream().anyMatch(e -> occurs(tp, e)) || occurs(tp, f.result());
      default -> false;
    };
  }

  /** Binds the type parameters in {@code pattern} to the corresponding parts of {@code actual}. */
  static void match(Type pattern, Type actual, Map<Type.Param, Type> out) {
    switch (pattern) {
      case Type.Param tp -> out.putIfAbsent(tp, actual);
      case Type.Tuple tu when actual instanceof Type.Tuple at && at.elements().size() == tu.elements().size() -> {
        for (int i = 0; i < tu.elements().size(); i++) {
          match(tu.elements().get(i), at.elements().get(i), out);
        }
      }
      case Type.Slice s when actual instanceof Type.Slice as -> match(s.element(), as.element(), out);
      case Type.MapOf m when actual instanceof Type.MapOf am -> {
        match(m.key(), am.key(), out);
        match(m.value(), am.value(), out);
      }
      case Type.Ref r when actual instanceof Type.Ref ar -> match(r.target(), ar.target(), out);
      case Type.Named n when actual instanceof Type.Named an && an.args().size() == n.args().size() -> {
        for (int i = 0; i < n.args().size(); i++) {
          match(n.args().get(i), an.args().get(i), out);
        }
      }
      case Type.Fn f when actual instanceof Type.Fn af -> {
        for (int i = 0; i < Math.min(f.params().size(), af.params().size()); i++) {
          match(f.params().get(i), af.params().get(i), out);
        }
        match(f.result(), af.result(), out);
      }
      default -> {}
    }
  }
}
