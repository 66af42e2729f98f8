package dev.lisette.semantics.patterns;

import dev.lisette.semantics.patterns.Constructor.Bool;
import dev.lisette.semantics.patterns.Constructor.Literal;
import dev.lisette.semantics.patterns.Constructor.Product;
import dev.lisette.semantics.patterns.Constructor.Slice;
import dev.lisette.semantics.patterns.Constructor.SliceRest;
import dev.lisette.semantics.patterns.Constructor.Variant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tiny type model standing in for the checker's types, and a pattern-building vocabulary. */
final class FakeTypes {
  private FakeTypes() {}

  sealed interface Ty {}

  record BoolT() implements Ty {}

  record IntT() implements Ty {}

  record StrT() implements Ty {}

  record VariantDecl(String name, List<Ty> fields) {}

  record EnumT(String name, List<VariantDecl> variants) implements Ty {}

  record TupleT(List<Ty> elements) implements Ty {}

  record SliceT(Ty element) implements Ty {}

  static final Ty BOOL = new BoolT();
  static final Ty INT = new IntT();
  static final Ty STRING = new StrT();
  static final Ty NEVER = new EnumT("Never", List.of());
  static final Ty UNIT = new TupleT(List.of());

  static EnumT option(Ty t) {
    return new EnumT("Option", List.of(new VariantDecl("None", List.of()), new VariantDecl("Some", List.of(t))));
  }

  static EnumT result(Ty ok, Ty err) {
    return new EnumT("Result", List.of(new VariantDecl("Ok", List.of(ok)), new VariantDecl("Err", List.of(err))));
  }

  static Ty tuple(Ty... elements) {
    return new TupleT(List.of(elements));
  }

  static Ty slice(Ty element) {
    return new SliceT(element);
  }

  /** {@code enum name { V0, V1, ... }} with {@code n} unit variants. */
  static EnumT wideEnum(String name, int n) {
    var variants = new ArrayList<VariantDecl>();
    for (int i = 0; i < n; i++) {
      variants.add(new VariantDecl("V" + i, List.of()));
    }
    return new EnumT(name, variants);
  }

  static final TypeShapes<Ty> SHAPES = new TypeShapes<>() {
    @Override
    public Domain domain(Ty type) {
      return switch (type) {
        case BoolT b -> new Domain.Finite(List.of(new Bool(false), new Bool(true)));
        case IntT i -> new Domain.Infinite();
        case StrT s -> new Domain.Infinite();
        case SliceT s -> new Domain.SliceOf();
        case TupleT t -> new Domain.Finite(inhabited(t) ? List.of(new Product(t.elements().size())) : List.of());
        case EnumT e -> {
          var inhabited = new ArrayList<Constructor>();
          for (int i = 0; i < e.variants().size(); i++) {
            VariantDecl v = e.variants().get(i);
            if (v.fields().stream().allMatch(FakeTypes::inhabited)) {
              inhabited.add(new Variant(i, v.name(), v.fields().size()));
            }
          }
          yield new Domain.Finite(inhabited);
        }
      };
    }

    @Override
    public List<Ty> argumentTypes(Ty type, Constructor c) {
      return switch (type) {
        case EnumT e -> e.variants().get(((Variant) c).index()).fields();
        case TupleT t -> t.elements();
        case SliceT s -> Collections.nCopies(c.arity(), s.element());
        default -> List.of();
      };
    }
  };

  // By identity: deep types share their parts, and record hashing would walk the whole type.
  private static final Map<Ty, Boolean> INHABITED = Collections.synchronizedMap(new IdentityHashMap<>());

  static boolean inhabited(Ty type) {
    Boolean known = INHABITED.get(type);
    if (known == null) {
      known = computeInhabited(type);
      INHABITED.put(type, known);
    }
    return known;
  }

  private static boolean computeInhabited(Ty type) {
    return switch (type) {
      case TupleT t -> t.elements().stream().allMatch(FakeTypes::inhabited);
      case EnumT e -> e.variants().stream().anyMatch(v -> v.fields().stream().allMatch(FakeTypes::inhabited));
      default -> true;
    };
  }

  /** Names variants as Lisette help does: prelude variants bare, others qualified by the enum. */
  static final PatternSyntax<Ty> SYNTAX = (type, c, args) -> {
    if (type instanceof EnumT e && c instanceof Variant v && !List.of("Option", "Result").contains(e.name())) {
      return PatternSyntax.standard(new Variant(v.index(), e.name() + "." + v.name(), v.arity()), args);
    }
    return PatternSyntax.standard(c, args);
  };

  // Pattern vocabulary.

  static Pat any() {
    return Pat.wild();
  }

  static Pat bool(boolean b) {
    return Pat.ctor(new Bool(b));
  }

  static Pat integer(long n) {
    return Pat.ctor(new Literal(BigInteger.valueOf(n)));
  }

  static Pat str(String s) {
    return Pat.ctor(new Literal(s));
  }

  static Pat none() {
    return Pat.ctor(new Variant(0, "None", 0));
  }

  static Pat some(Pat p) {
    return Pat.ctor(new Variant(1, "Some", 1), p);
  }

  static Pat ok(Pat p) {
    return Pat.ctor(new Variant(0, "Ok", 1), p);
  }

  static Pat err(Pat p) {
    return Pat.ctor(new Variant(1, "Err", 1), p);
  }

  /** Variant {@code name} of enum type {@code e}. */
  static Pat variant(EnumT e, String name, Pat... args) {
    for (int i = 0; i < e.variants().size(); i++) {
      if (e.variants().get(i).name().equals(name)) {
        return Pat.ctor(new Variant(i, name, e.variants().get(i).fields().size()), args);
      }
    }
    throw new IllegalArgumentException(name);
  }

  static Pat tup(Pat... elements) {
    return Pat.ctor(new Product(elements.length), elements);
  }

  /** {@code [a, b]} */
  static Pat exactly(Pat... elements) {
    return Pat.ctor(new Slice(elements.length), elements);
  }

  /** {@code [a, b, ..]} */
  static Pat atLeast(Pat... prefix) {
    return Pat.ctor(new SliceRest(prefix.length), prefix);
  }

  static Pat or(Pat... alternatives) {
    return Pat.or(alternatives);
  }

  static Pat nest(int depth, Pat inner) {
    Pat p = inner;
    for (int i = 0; i < depth; i++) {
      p = some(p);
    }
    return p;
  }

  static Ty nestedOption(int depth, Ty inner) {
    Ty t = inner;
    for (int i = 0; i < depth; i++) {
      t = option(t);
    }
    return t;
  }

  // Running the analysis on one column.

  static Report analyze(Ty type, Row... rows) {
    return Usefulness.analyze(List.of(type), Arrays.asList(rows), SHAPES);
  }

  static Report analyze(Ty type, List<Row> rows) {
    return Usefulness.analyze(List.of(type), rows, SHAPES);
  }

  static Row arm(Pat p) {
    return Row.of(p);
  }

  static Row guarded(Pat p) {
    return Row.guarded(p);
  }

  /** The rendered missing case of a one-column report. */
  static Optional<String> missing(Ty type, Report report) {
    return report.missing().map(w -> SYNTAX.pattern(type, w.getFirst(), SHAPES));
  }
}
