package dev.lisette.semantics;

import dev.lisette.syntax.Item;

/** What a name in an expression refers to. */
public sealed interface Symbol {
  record Local(Binding binding) implements Symbol {}

  /** A function of module {@code module} (the entry module is ""). */
  record Function(String name, Type.Fn type, Item.Fn decl, String module) implements Symbol {
    public boolean pub() {
      return decl.pub();
    }
  }

  record GoFunction(GoPackages.Member member) implements Symbol {}

  record Package(GoPackages.Pkg pkg, String localName) implements Symbol {}

  /** A local module bound by `import "path"` in the current file. */
  record Module(ModuleExports exports, String localName) implements Symbol {}
}
