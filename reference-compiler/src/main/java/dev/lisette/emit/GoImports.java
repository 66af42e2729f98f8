package dev.lisette.emit;

import dev.lisette.semantics.CheckedProgram;
import dev.lisette.semantics.GoPackages;
import dev.lisette.semantics.ModuleExports;
import dev.lisette.syntax.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The imports of a lowered file: the Go packages the program imports and uses, the standard
 * packages and the support package the generated code relies on, and the project modules it
 * names.
 */
final class GoImports {
  /** Import path of the Go support package. */
  static final String PRELUDE_PATH = "lisette.dev/prelude";

  private final CheckedProgram p;
  private final String goModulePath;
  /** Local names of the program's own (non-blank) Go imports, by path. */
  private final Map<String, String> userNames = new HashMap<>();
  private final List<GoAst.Import> userImports = new ArrayList<>();
  private final Set<String> userEmitted = new java.util.HashSet<>();
  /** Standard packages the generated code uses (beyond the program's own imports). */
  private final Set<String> generated = new LinkedHashSet<>();
  /** Local names of project modules in use, and the module path behind each. */
  private final Map<String, String> modules = new java.util.LinkedHashMap<>();
  /** Local names of the project modules this file uses without importing them, by path. */
  private final Map<String, String> indirect = new HashMap<>();

  GoImports(CheckedProgram p, String goModulePath) {
    this.p = p;
    this.goModulePath = goModulePath;
    for (Item item : p.file().items()) {
      if (item instanceof Item.Import imp && p.imports().containsKey(imp)) {
        GoPackages.Pkg pkg = p.imports().get(imp);
        Optional<String> alias = imp.alias().map(a -> a.name());
        boolean blank = alias.isPresent() && alias.get().equals("_");
        if (!blank) {
          userNames.putIfAbsent(pkg.path(), alias.orElse(pkg.name()));
          goNames.putIfAbsent(pkg.path(), pkg.name());
        } else {
          // `import _ "go:image/png"`: kept for the package's side effects
          userImports.add(new GoAst.Import(alias, pkg.path()));
          userEmitted.add(pkg.path());
        }
      }
    }
  }

  /** The local name under which generated code reaches standard package {@code path}. */
  String use(String path) {
    generated.add(path);
    return userNames.getOrDefault(path, path.substring(path.lastIndexOf('/') + 1));
  }

  /** Go package names of the Go packages in use, by path (`math/rand/v2` is `rand`). */
  private final Map<String, String> goNames = new HashMap<>();

  /**
   * The local name of Go package {@code path} (Go name {@code name}), importing it: the file's
   * own import name, or, for a package the file reaches only through types, its name with `_`
   * appended while a name of the file spells it.
   */
  String goPackage(String path, String name) {
    goNames.putIfAbsent(path, name);
    String local = userNames.get(path);
    if (local == null && generated.contains(path)) {
      local = path.substring(path.lastIndexOf('/') + 1); // already used by generated code under that name
    }
    if (local == null) {
      local = name;
      while (taken(local)) {
        local = local + "_";
      }
      userNames.put(path, local);
    }
    generated.add(path);
    return local;
  }

  /** The support package, imported as `lisette`. */
  String prelude() {
    generated.add(PRELUDE_PATH);
    return "lisette";
  }

  boolean usesPrelude() {
    return generated.contains(PRELUDE_PATH);
  }

  /** The local name of project module {@code modulePath}, importing it if needed. */
  String module(String modulePath) {
    for (Item item : p.file().items()) {
      if (item instanceof Item.Import imp && p.moduleImports().containsKey(imp)) {
        ModuleExports exports = p.moduleImports().get(imp);
        if (exports.path().equals(modulePath)) {
          String local = imp.alias().map(a -> a.name()).orElse(exports.defaultName());
          modules.put(local, modulePath);
          return local;
        }
      }
    }
    // A module the file does not import (its types reached through another module's values):
    // its package name, with `_` appended while a name of the file or its package spells it.
    String local = indirect.computeIfAbsent(modulePath, this::indirectName);
    modules.put(local, modulePath);
    return local;
  }

  private String indirectName(String modulePath) {
    String local = Lowering.packageName(modulePath);
    while (taken(local)) {
      local = local + "_";
    }
    return local;
  }

  private boolean taken(String name) {
    if (indirect.containsValue(name) || userNames.containsValue(name) || !GoNames.mangle(name).equals(name)
        || generated.stream().anyMatch(g -> g.substring(g.lastIndexOf('/') + 1).equals(name))) {
      return true;
    }
    for (Item item : p.file().items()) {
      boolean same = switch (item) {
        case Item.Import imp when p.moduleImports().containsKey(imp) ->
            imp.alias().map(a -> a.name()).orElse(p.moduleImports().get(imp).defaultName()).equals(name);
        case Item.Import imp -> imp.alias().map(a -> a.name()).filter(name::equals).isPresent();
        case Item.Fn fn -> fn.name().name().equals(name) || Lowering.functionName(fn.name().name(), true).equals(name);
        default -> false;
      };
      if (same) {
        return true;
      }
    }
    return p.declarations().values().stream().anyMatch(b -> b.name().equals(name))
        || p.typeDecls().values().stream().anyMatch(d -> d.module().equals(p.module())
            && (d.name().equals(name) || TypeLowering.typeName(d).equals(name)));
  }

  /** Records that the module imported under {@code local} is used. */
  void useModule(String local, String modulePath) {
    modules.put(local, modulePath);
  }

  List<GoAst.Import> imports() {
    var out = new ArrayList<>(userImports);
    for (String path : generated) {
      if (path.equals(PRELUDE_PATH)) {
        out.add(new GoAst.Import(Optional.of("lisette"), PRELUDE_PATH));
      } else if (!userEmitted.contains(path)) {
        String dflt = goNames.getOrDefault(path, path.substring(path.lastIndexOf('/') + 1));
        String local = userNames.getOrDefault(path, dflt);
        out.add(new GoAst.Import(Optional.of(local).filter(a -> !a.equals(dflt)), path));
      }
    }
    modules.forEach((local, path) -> {
      String goPackage = Lowering.packageName(path);
      out.add(new GoAst.Import(Optional.of(local).filter(a -> !a.equals(goPackage)), goModulePath + "/" + path));
    });
    return out;
  }
}
