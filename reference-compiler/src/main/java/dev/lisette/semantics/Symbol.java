package dev.lisette.semantics;

import dev.lisette.syntax.Item;

/** What a name in an expression refers to. */
public sealed interface Symbol {
  record Local(Binding binding) implements Symbol {}

  record Function(String name, Type.Fn type, Item.Fn decl) implements Symbol {}

  record GoFunction(GoPackages.Member member) implements Symbol {}

  record Package(GoPackages.Pkg pkg, String localName) implements Symbol {}
}
