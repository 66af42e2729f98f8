package dev.lisette.emit;

import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Symbol;
import dev.lisette.semantics.Type;
import dev.lisette.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Slices, maps and strings (brief §19, §22.7–22.8): literals, indexing, sub-slicing with
 * capacity equal to length, and the prelude's native methods, as Go builtins (`len`, `append`,
 * `delete`…), standard library calls (`slices.Contains`, `strings.Split`…), support package
 * helpers (`lisette.SliceMap`, `lisette.MapGet`…) or methods of the support types
 * (`o.UnwrapOr(d)`).
 */
final class CollectionLowering {
  private final Lowering l;
  private final CheckedProgram p;
  private final ForLowering loops;

  CollectionLowering(Lowering l) {
    this.l = l;
    this.p = l.p;
    this.loops = new ForLowering(l);
  }

  void forLoop(dev.lisette.syntax.Stmt.For f, List<GoAst.Stmt> out) {
    loops.forLoop(f, out);
  }

  GoAst.Expr sliceLit(Expr.SliceLit s) {
    return new GoAst.Composite(l.types.goType(p.typeOf(s)), l.exprs.sequence(s.elements(), l.exprs::value));
  }

  private GoAst.Ident lisette(String name) {
    return new GoAst.Ident(l.imports.prelude() + "." + name);
  }

  private GoAst.Ident std(String pkg, String name) {
    return new GoAst.Ident(l.imports.use(pkg) + "." + name);
  }

  private static GoAst.Expr call(GoAst.Expr fn, GoAst.Expr... args) {
    return new GoAst.Call(fn, List.of(args));
  }

  /** The receiver as a value: a `Ref` receiver is dereferenced. */
  private GoAst.Expr valueOf(Expr target) {
    GoAst.Expr v = l.exprs.value(target);
    return p.typeOf(target) instanceof Type.Ref ? ExprLowering.deref(v) : v;
  }

  // ---- indexing and slicing ------------------------------------------------------------

  GoAst.Expr index(Expr.Index i) {
    if (Lowering.unparen(i.index()) instanceof Expr.Range r) {
      return slicing(i, r);
    }
    return new GoAst.Index(valueOf(i.target()), l.exprs.value(i.index()));
  }

  /**
   * `s[a..b]` → `s[a:b:b]` (capacity = length, so appending to the part never writes into the
   * whole), `s[a..]` → `s[a:len(s):len(s)]`; strings take two indices. When an operand would be
   * evaluated twice and is not a plain value, `lisette.SliceRange`/`SliceFrom` do the slicing.
   */
  private GoAst.Expr slicing(Expr.Index i, Expr.Range r) {
    Type t = TypeLowering.deref(p.typeOf(i.target()));
    GoAst.Expr target = valueOf(i.target());
    Optional<GoAst.Expr> lo = r.start().map(l.exprs::value);
    Optional<GoAst.Expr> hi = r.end().map(e -> {
      GoAst.Expr v = l.exprs.value(e);
      return r.inclusive() ? new GoAst.Binary("+", v, new GoAst.Lit("1")) : v;
    });
    if (Type.prim(t) == Type.Prim.STRING) {
      return new GoAst.SliceExpr(target, lo, hi, Optional.empty());
    }
    boolean plain = l.exprs.pure(i.target()) && r.end().map(l.exprs::pure).orElse(true);
    if (!plain) {
      GoAst.Expr from = lo.orElse(new GoAst.Lit("0"));
      return hi.isPresent() ? call(lisette("SliceRange"), target, from, hi.get()) : call(lisette("SliceFrom"), target, from);
    }
    GoAst.Expr end = hi.orElseGet(() -> call(new GoAst.Ident("len"), target));
    return new GoAst.SliceExpr(target, lo, Optional.of(end), Optional.of(end));
  }

  /** The value of a `let mut` initializer: a sub-slice is copied (brief §22.8). */
  GoAst.Expr ownedValue(Expr init) {
    GoAst.Expr v = l.exprs.value(init);
    if (Lowering.unparen(init) instanceof Expr.Index i && Lowering.unparen(i.index()) instanceof Expr.Range
        && TypeLowering.deref(p.typeOf(i.target())) instanceof Type.Slice) {
      return call(std("slices", "Clone"), v);
    }
    return v;
  }

  // ---- native methods ------------------------------------------------------------------

  /** `xs.append(v)` / `xs.extend(ys)` as a statement: `xs = append(xs, v)`. */
  boolean appendStatement(Expr e, List<GoAst.Stmt> out) {
    if (Lowering.unparen(e) instanceof Expr.Call c && c.callee() instanceof Expr.Field f
        && p.members().get(f) instanceof Symbol.Native n && n.owner().equals("Slice") && !n.isStatic()
        && (n.name().equals("append") || n.name().equals("extend"))) {
      GoAst.Expr target = l.exprs.expr(f.target());
      out.add(new GoAst.Assign(target, "=", nativeCall(c, f, n)));
      return true;
    }
    return false;
  }

  private static final Set<String> OPTION_FUNCTIONS = Set.of("map", "map_or", "map_or_else", "and_then", "ok_or",
      "ok_or_else", "zip", "flatten");
  private static final Set<String> RESULT_FUNCTIONS = Set.of("map", "map_err", "map_or", "and_then", "or_else");

  GoAst.Expr nativeCall(Expr.Call c, Expr.Field f, Symbol.Native n) {
    var argTypes = new Type.Fn(c.args().stream().map(p::typeOf).toList(), p.typeOf(c), false);
    List<GoAst.Expr> args = new ArrayList<>(l.exprs.args(c, argTypes));
    for (int i = 0; i < args.size(); i++) {
      Optional<Type> want = n.isStatic() ? Optional.empty() : expectedArg(n, p.typeOf(f.target()), p.typeOf(c), i);
      if (want.isPresent() && l.exprs.converts(c.args().get(i), want.get())) {
        // an interface the Go helper must see as its type argument: `slices.Contains(shapes, Shape(c))`
        args.set(i, call(new GoAst.Ident(l.types.goType(want.get())), args.get(i)));
      }
    }
    if (ChannelLowering.isChannelOwner(n.owner())) {
      return l.channels.nativeCall(c, f, n, args);
    }
    if (n.isStatic()) {
      return switch (n.owner() + "." + n.name()) {
        case "Slice.new", "Map.new" -> new GoAst.Composite(l.types.goType(p.typeOf(c)), List.of());
        case "Map.from" -> new GoAst.Call(lisette("MapFrom"), args);
        default -> throw new IllegalStateException("unknown static native " + n.owner() + "." + n.name());
      };
    }
    // UFCS `Option.map(o, f)`: the receiver is the first argument.
    Expr target = n.ufcs() ? Lowering.unparen(c.args().get(0)) : Lowering.unparen(f.target());
    var withRecv = new ArrayList<GoAst.Expr>();
    if (n.ufcs()) {
      withRecv.addAll(args);
      args = args.subList(1, args.size());
    } else {
      withRecv.add(valueOf(target));
      withRecv.addAll(args);
    }
    GoAst.Expr recv = withRecv.get(0);
    return switch (n.owner()) {
      case "Slice" -> switch (n.name()) {
        case "length" -> call(new GoAst.Ident("len"), recv);
        case "is_empty" -> new GoAst.Binary("==", call(new GoAst.Ident("len"), recv), new GoAst.Lit("0"));
        case "capacity" -> call(new GoAst.Ident("cap"), recv);
        case "append" -> new GoAst.Call(new GoAst.Ident("append"), withRecv);
        case "extend" -> new GoAst.Call(new GoAst.Ident("append"), withRecv, true);
        case "copy_from" -> new GoAst.Call(new GoAst.Ident("copy"), withRecv);
        case "contains" -> new GoAst.Call(std("slices", "Contains"), withRecv);
        case "any" -> new GoAst.Call(std("slices", "ContainsFunc"), withRecv);
        case "clone" -> new GoAst.Call(std("slices", "Clone"), withRecv);
        case "join" -> new GoAst.Call(std("strings", "Join"), withRecv);
        default -> new GoAst.Call(lisette("Slice" + camel(n.name())), withRecv);
      };
      case "EnumeratedSlice" -> new GoAst.Call(lisette("EnumeratedSlice" + camel(n.name())), withRecv);
      case "Map" -> switch (n.name()) {
        case "length" -> call(new GoAst.Ident("len"), recv);
        case "is_empty" -> new GoAst.Binary("==", call(new GoAst.Ident("len"), recv), new GoAst.Lit("0"));
        case "delete" -> new GoAst.Call(new GoAst.Ident("delete"), withRecv);
        default -> new GoAst.Call(lisette("Map" + camel(n.name())), withRecv);
      };
      case "string" -> switch (n.name()) {
        case "length" -> call(new GoAst.Ident("len"), recv);
        case "is_empty" -> new GoAst.Binary("==", call(new GoAst.Ident("len"), recv), new GoAst.Lit("0"));
        case "contains" -> new GoAst.Call(std("strings", "Contains"), withRecv);
        case "split" -> new GoAst.Call(std("strings", "Split"), withRecv);
        case "starts_with" -> new GoAst.Call(std("strings", "HasPrefix"), withRecv);
        case "ends_with" -> new GoAst.Call(std("strings", "HasSuffix"), withRecv);
        case "byte_at" -> new GoAst.Index(recv, args.get(0));
        case "rune_at" -> new GoAst.Call(lisette("StringRuneAt"), withRecv);
        default -> throw new IllegalStateException("unknown string method " + n.name());
      };
      case "Option", "Result", "Partial" -> {
        Set<String> functions = n.owner().equals("Option") ? OPTION_FUNCTIONS
            : n.owner().equals("Result") ? RESULT_FUNCTIONS : Set.of("map", "map_err");
        if (functions.contains(n.name())) {
          yield new GoAst.Call(lisette(n.owner() + camel(n.name())), withRecv);
        }
        // Methods of the support type; Go takes the address or dereferences as needed.
        yield new GoAst.Call(new GoAst.Selector(l.exprs.value(target), camel(n.name())), args);
      }
      // `pv.message()` → `pv.Message()`, `as_error` → `AsError`, `stack_trace` → `StackTrace`
      case "PanicValue" -> new GoAst.Call(new GoAst.Selector(recv, camel(n.name())), args);
      case "prelude" -> new GoAst.Call(new GoAst.Ident(n.name()), args);
      default -> throw new IllegalStateException("unknown native owner " + n.owner());
    };
  }

  /**
   * The type a native method lowered to a generic Go helper expects for argument {@code i},
   * where Go would infer the type argument from the argument (builtins and methods of the
   * support types convert by assignment).
   */
  private static Optional<Type> expectedArg(Symbol.Native n, Type receiver, Type result, int i) {
    Type r = TypeLowering.deref(receiver);
    List<Type> targs = switch (r) {
      case Type.Slice sl -> List.of(sl.element());
      case Type.MapOf m -> List.of(m.key(), m.value());
      case Type.Named nm -> nm.args();
      default -> List.of();
    };
    return switch (n.owner() + "." + n.name()) {
      case "Slice.contains" ->
          targs.isEmpty() ? Optional.empty() : Optional.of(targs.get(0));
      case "Map.get" -> Optional.of(targs.get(0));
      case "Channel.send", "Sender.send" -> Optional.of(targs.get(0));
      case "Slice.fold", "Option.map_or", "Result.map_or" -> i == 0 ? Optional.of(result) : Optional.empty();
      case "Option.ok_or" -> result instanceof Type.Named res && res.args().size() == 2
          ? Optional.of(res.args().get(1)) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** `unwrap_or` → `UnwrapOr`. */
  static String camel(String name) {
    var sb = new StringBuilder();
    for (String part : name.split("_")) {
      sb.append(TypeLowering.capitalise(part));
    }
    return sb.toString();
  }
}
