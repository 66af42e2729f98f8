package dev.lisette.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lisette.diagnostics.SourceFile;
import dev.lisette.project.Compiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Go benchmarks of issue #7 (benchmarks/go): the emitted Go checked in for every workload is
 * what the compiler emits today (else run benchmarks/go/generate.sh), and the benchmark package
 * vets and passes its short test. The benchmarks themselves run only through benchmarks/go/run.sh.
 */
class ChannelBenchmarksTest {
  static final Path DIR = Repo.ROOT.resolve("benchmarks/go");

  @Test
  void emittedGoIsNotStale() throws Exception {
    var stale = new ArrayList<String>();
    List<Path> workloads;
    try (Stream<Path> s = Files.list(DIR.resolve("workloads"))) {
      workloads = s.filter(p -> p.toString().endsWith(".lis")).sorted().toList();
    }
    assertTrue(workloads.size() >= 9, "the nine workloads of issue #7");
    for (Path w : workloads) {
      String name = w.getFileName().toString().replace(".lis", "");
      Compiler.Result r = Compiler.compile(new SourceFile("benchmarks/go/workloads/" + name + ".lis", Files.readString(w)));
      assertTrue(r.go().isPresent(), () -> name + " does not compile: " + r.diagnostics());
      String expected = r.go().get().replaceFirst("^package main\n", "package " + name + "\n");
      Path emitted = DIR.resolve("emitted").resolve(name).resolve(name + ".go");
      if (!Files.exists(emitted) || !Files.readString(emitted).equals(expected)) {
        stale.add(name);
      }
    }
    assertTrue(stale.isEmpty(), () -> "stale emitted Go for " + stale + ": run benchmarks/go/generate.sh");
  }

  @Test
  void benchmarkPackageVetsAndPassesItsShortTest() throws Exception {
    GoCommand.Result vet = GoCommand.run(DIR, List.of("vet", "./..."));
    assertEquals(0, vet.exit(), () -> "go vet:\n" + vet.output());
    GoCommand.Result test = GoCommand.run(DIR, List.of("test", "-short", "-count=1", "."));
    assertEquals(0, test.exit(), () -> "go test -short:\n" + test.output());
  }
}
