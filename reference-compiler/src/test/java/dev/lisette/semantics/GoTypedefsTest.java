package dev.lisette.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The shipped Go declarations (spec interop.import.*): every one loads and checks cleanly. */
class GoTypedefsTest {

  @Test
  void everyShippedPackageChecksWithoutProblems() {
    var packages = GoTypedefs.all();
    assertTrue(packages.size() >= 160, "expected the whole standard library, found " + packages.size());
    var problems = new ArrayList<String>();
    for (String path : packages) {
      var loaded = GoTypedefs.load(path);
      assertTrue(loaded.isPresent(), path);
      loaded.get().problems().forEach(d -> problems.add(path + ": " + d.code() + " " + d.message()));
    }
    assertEquals(java.util.List.of(), problems);
  }

  @Test
  void packageNamesComeFromGoNotFromThePath() {
    assertEquals("rand", GoTypedefs.load("math/rand/v2").orElseThrow().name());
    assertEquals("template", GoTypedefs.load("text/template").orElseThrow().name());
  }

  @Test
  void membersAreTypedByTheMappingRules() {
    var strconv = GoTypedefs.load("strconv").orElseThrow().exports();
    assertEquals("fn(string) -> Result<int, error>", strconv.functions().get("Atoi").type().toString());
    var time = GoTypedefs.load("time").orElseThrow().exports();
    assertTrue(time.types().get("Duration") instanceof TypeDecl.ValueEnum v && v.underlying() == Type.Prim.INT64);
    assertEquals("Duration", time.constants().get("Second").type().toString());
    assertTrue(GoTypedefs.load("os").orElseThrow().exports().variables().containsKey("Args"));
  }

  @Test
  void unknownPackagesAndBadPathsAreAbsent() {
    assertFalse(GoTypedefs.load("fmtx").isPresent());
    assertFalse(GoTypedefs.load("../etc/passwd").isPresent());
    assertFalse(GoTypedefs.exists("internal/abi"));
  }
}
