package dev.lisette.emit;

import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.Type;
import dev.lisette.semantics.TypeDecl;
import dev.lisette.syntax.Item;
import dev.lisette.syntax.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Go declarations of the structs and enums of a file, each with a generated `String()` that
 * prints the value in Lisette syntax (`Point { x: 1, y: 2 }`, `Rgb(1, 2, 3)`,
 * `Shape.Circle(1.5)`, `Ev.Resized { w: 3, h: 4 }`), payloads through `lisette.FormatValue`
 * (strings quoted). When the type has a Go member `String` of its own, the generated method is
 * `GoString` (brief §22.3).
 */
final class TypeDecls {
  private final CheckedProgram p;
  private final TypeLowering types;
  private final GoImports imports;

  TypeDecls(CheckedProgram p, TypeLowering types, GoImports imports) {
    this.p = p;
    this.types = types;
    this.imports = imports;
  }

  List<GoAst.Decl> declare(TypeDecl d) {
    return switch (d) {
      case TypeDecl.Struct s -> struct(s);
      case TypeDecl.Enum e -> enumeration(e);
      case TypeDecl.Interface i -> List.of(iface(i));
      case TypeDecl.ValueEnum v -> List.of(); // declared in Go
    };
  }

  /** `Box[T]`: the type as its own methods' receivers name it. */
  String selfType(TypeDecl d) {
    return TypeLowering.typeName(d) + types.typeArgs(new ArrayList<>(d.params()));
  }

  private List<GoAst.Decl> struct(TypeDecl.Struct s) {
    var out = new ArrayList<GoAst.Decl>();
    String name = TypeLowering.typeName(s);
    String tp = types.typeParams(s.params(), types.comparableParams(s.key()));
    if (s.newtype()) {
      out.add(new GoAst.DefinedType(name, tp, types.goType(s.fields().get(0).type())));
    } else {
      var fields = s.fields().stream()
          .map(f -> new GoAst.Field(TypeLowering.fieldName(s, f), types.goType(f.type()),
              StructTags.render(s.tags().of(f.name())))).toList();
      out.add(new GoAst.StructType(name, tp, fields));
    }
    GoAst.Ident v = new GoAst.Ident("v");
    var text = new Text();
    switch (s.shape()) {
      case UNIT -> text.lit(s.name() + " {}");
      case NAMED -> {
        if (s.fields().isEmpty()) {
          text.lit(s.name() + " {}");
        } else {
          text.lit(s.name() + " { ");
          for (int i = 0; i < s.fields().size(); i++) {
            TypeDecl.Field f = s.fields().get(i);
            text.lit((i > 0 ? ", " : "") + f.name() + ": ");
            text.value(format(new GoAst.Selector(v, TypeLowering.fieldName(s, f))));
          }
          text.lit(" }");
        }
      }
      case TUPLE -> {
        text.lit(s.name() + "(");
        for (int i = 0; i < s.fields().size(); i++) {
          TypeDecl.Field f = s.fields().get(i);
          text.lit(i > 0 ? ", " : "");
          GoAst.Expr value = s.newtype()
              ? new GoAst.Call(new GoAst.Ident(types.goType(f.type())), List.of(v))
              : new GoAst.Selector(v, TypeLowering.fieldName(s, f));
          text.value(format(value));
        }
        text.lit(")");
      }
    }
    stringMethod(s, List.of(new GoAst.Return(Optional.of(text.expr())))).ifPresent(out::add);
    return out;
  }

  /**
   * `type Shape interface { Named; Area() float64 }`: embedded interfaces first, then the
   * interface's own methods under their exported Go names, parameters named as declared.
   */
  private GoAst.Decl iface(TypeDecl.Interface i) {
    var names = types.methodNames(i);
    var declared = p.file().items().stream()
        .filter(it -> it instanceof Item.Interface x && x.name().name().equals(i.name())).map(it -> (Item.Interface) it)
        .findFirst();
    var methods = new ArrayList<GoAst.Method>();
    for (TypeDecl.InterfaceMethod m : i.methods()) {
      List<String> paramNames = declared.flatMap(x -> x.members().stream()
          .filter(mm -> mm instanceof Item.Member.Method dm && dm.name().name().equals(m.name()))
          .map(mm -> paramNames((Item.Member.Method) mm)).findFirst()).orElse(List.of());
      var params = new ArrayList<GoAst.Param>();
      for (int k = 0; k < m.signature().params().size(); k++) {
        String n = k < paramNames.size() && paramNames.size() == m.signature().params().size() ? paramNames.get(k) : "_";
        params.add(new GoAst.Param(n, types.goType(m.signature().params().get(k))));
      }
      Type r = m.signature().result();
      methods.add(new GoAst.Method(names.get(m.name()), params,
          r == Type.Unit.UNIT ? Optional.empty() : Optional.of(types.goType(r))));
    }
    return new GoAst.InterfaceType(TypeLowering.typeName(i), types.typeParams(i.params(), Set.of()),
        i.embeds().stream().map(types::goType).toList(), methods);
  }

  /** The parameter names of an interface method, without `self`. */
  private static List<String> paramNames(Item.Member.Method m) {
    var out = new ArrayList<String>();
    for (Item.Param param : m.params()) {
      Pattern pat = param.pattern();
      String n = pat instanceof Pattern.Binding b ? b.name().name() : "_";
      if (!n.equals("self")) {
        out.add(GoNames.mangle(n));
      }
    }
    return out;
  }

  private List<GoAst.Decl> enumeration(TypeDecl.Enum e) {
    var out = new ArrayList<GoAst.Decl>();
    TypeLowering.EnumLayout layout = types.layout(e);
    String name = TypeLowering.typeName(e);
    out.add(new GoAst.DefinedType(name + "Tag", "", "int"));
    out.add(new GoAst.IotaConsts(name + "Tag", e.variants().stream().map(v -> name + v.name()).toList()));
    out.add(new GoAst.StructType(name, types.typeParams(e.params(), types.comparableParams(e.key())), layout.fields()));
    GoAst.Ident v = new GoAst.Ident("v");
    var cases = new ArrayList<GoAst.Case>();
    GoAst.Expr last = null;
    for (int i = 0; i < e.variants().size(); i++) {
      TypeDecl.Variant variant = e.variants().get(i);
      List<TypeLowering.Payload> payload = layout.payloads().get(variant.name());
      var text = new Text();
      String display = e.name() + "." + variant.name();
      switch (variant.shape()) {
        case UNIT -> text.lit(display);
        case TUPLE -> {
          text.lit(display + "(");
          for (int j = 0; j < payload.size(); j++) {
            text.lit(j > 0 ? ", " : "");
            text.value(format(payloadValue(v, payload.get(j))));
          }
          text.lit(")");
        }
        case NAMED -> {
          text.lit(display + (payload.isEmpty() ? " {" : " { "));
          for (int j = 0; j < payload.size(); j++) {
            text.lit((j > 0 ? ", " : "") + variant.fields().get(j).name() + ": ");
            text.value(format(payloadValue(v, payload.get(j))));
          }
          text.lit(payload.isEmpty() ? "}" : " }");
        }
      }
      if (i + 1 < e.variants().size()) {
        cases.add(new GoAst.Case(List.of(new GoAst.Ident(layout.tags().get(variant.name()))),
            List.of(new GoAst.Return(Optional.of(text.expr())))));
      } else {
        last = text.expr();
      }
    }
    var body = new ArrayList<GoAst.Stmt>();
    if (!cases.isEmpty()) {
      body.add(new GoAst.Switch(Optional.of(new GoAst.Selector(v, layout.tagField())), cases));
    }
    if (last != null) {
      body.add(new GoAst.Return(Optional.of(last)));
    } else {
      body.add(new GoAst.Return(Optional.of(new GoAst.Lit("\"" + e.name() + "\""))));
    }
    stringMethod(e, body).ifPresent(out::add);
    boolean json = p.file().items().stream().anyMatch(it -> it instanceof Item.Enum x && x.name().name().equals(e.name())
        && x.attrs().stream().anyMatch(a -> a.name().name().equals("json")));
    if (json) {
      out.addAll(EnumJson.methods(e, layout, selfType(e), imports.prelude(), types));
    }
    return out;
  }

  private static GoAst.Expr payloadValue(GoAst.Expr v, TypeLowering.Payload f) {
    GoAst.Expr field = new GoAst.Selector(v, f.goName());
    return f.pointer() ? new GoAst.Unary("*", field) : field;
  }

  private GoAst.Expr format(GoAst.Expr value) {
    return new GoAst.Call(new GoAst.Selector(new GoAst.Ident(imports.prelude()), "FormatValue"), List.of(value));
  }

  /** Go types that must not be copied once used (they embed Go's `noCopy` or a lock). */
  private static final Set<String> NO_COPY = Set.of("go:sync.Mutex", "go:sync.RWMutex", "go:sync.WaitGroup",
      "go:sync.Once", "go:sync.Cond", "go:sync.Map_", "go:sync.Pool", "go:sync/atomic.Bool", "go:sync/atomic.Int32",
      "go:sync/atomic.Int64", "go:sync/atomic.Uint32", "go:sync/atomic.Uint64", "go:sync/atomic.Uintptr",
      "go:sync/atomic.Value", "go:sync/atomic.Pointer", "go:strings.Builder");

  /** Whether a value of {@code d} holds such a type by value (directly or in a field's struct). */
  private boolean holdsLock(TypeDecl d, Set<String> seen) {
    if (!(d instanceof TypeDecl.Struct s) || !seen.add(d.key())) {
      return false;
    }
    for (TypeDecl.Field f : s.fields()) {
      if (f.type() instanceof dev.lisette.semantics.Type.Named n
          && (NO_COPY.contains(n.key()) || p.typeDecls().get(n.key()) instanceof TypeDecl inner && holdsLock(inner, seen))) {
        return true;
      }
    }
    return false;
  }

  private Optional<GoAst.Decl> stringMethod(TypeDecl d, List<GoAst.Stmt> body) {
    Set<String> members = new HashSet<>(types.methodNames(d).values());
    if (d instanceof TypeDecl.Struct s) {
      s.fields().forEach(f -> members.add(TypeLowering.fieldName(s, f)));
    }
    String name = !members.contains("String") ? "String" : !members.contains("GoString") ? "GoString" : null;
    if (name == null || holdsLock(d, new HashSet<>())) {
      return Optional.empty(); // a value receiver would copy the lock (`go vet`'s copylocks)
    }
    return Optional.of(new GoAst.Func(Optional.of(new GoAst.Param("v", selfType(d))), name, "", List.of(),
        Optional.of("string"), body));
  }

  /** A string built by concatenation, adjacent literal parts merged. */
  private static final class Text {
    private final List<GoAst.Expr> parts = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();

    void lit(String s) {
      pending.append(s);
    }

    void value(GoAst.Expr e) {
      flush();
      parts.add(e);
    }

    private void flush() {
      if (!pending.isEmpty()) {
        parts.add(new GoAst.Lit(quote(pending.toString())));
        pending.setLength(0);
      }
    }

    GoAst.Expr expr() {
      flush();
      if (parts.isEmpty()) {
        return new GoAst.Lit("\"\"");
      }
      GoAst.Expr out = parts.get(0);
      for (int i = 1; i < parts.size(); i++) {
        out = new GoAst.Binary("+", out, parts.get(i));
      }
      return out;
    }

    private static String quote(String s) {
      var sb = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          default -> sb.append(c);
        }
      }
      return sb.append('"').toString();
    }
  }

  /** Whether the type is declared in this file's module (and so gets declarations here). */
  boolean local(Type.Named n) {
    return n.module().equals(p.module());
  }
}
