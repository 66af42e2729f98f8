package dev.lisette.syntax;

import dev.lisette.diagnostics.Span;
import java.util.List;

/** A type parameter `T` or `T: Bound + Other` (spec grammar.generics.params). */
public record TypeParam(Span span, Ident name, List<TypeExpr> bounds) {}
