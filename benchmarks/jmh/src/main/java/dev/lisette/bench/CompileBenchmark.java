package dev.lisette.bench;

import dev.lisette.diagnostics.SourceFile;
import dev.lisette.project.Compiler;
import dev.lisette.syntax.ParsedFile;
import dev.lisette.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Compile speed over the accepted conformance cases: parse only, and the whole pipeline
 * (parse, check, lower, print Go). Run from the repository root:
 * {@code java -jar benchmarks/jmh/target/benchmarks.jar -p cases=conformance-tests/cases}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompileBenchmark {
  /** Directory of the cases used as corpus. */
  @org.openjdk.jmh.annotations.Param("conformance-tests/cases")
  public String cases;

  private List<SourceFile> accepted;
  private long lines;

  @Setup(Level.Trial)
  public void load() throws IOException {
    accepted = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of(cases))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".lis")).sorted().toList()) {
        String text = Files.readString(p);
        if (text.contains("// mode: run") || text.contains("// mode: compile")) {
          accepted.add(new SourceFile(p.toString(), text));
          lines += text.lines().count();
        }
      }
    }
    System.out.println("\ncorpus: " + accepted.size() + " files, " + lines + " lines");
  }

  @Benchmark
  public void parse(Blackhole bh) {
    for (SourceFile f : accepted) {
      ParsedFile parsed = Parser.parse(f);
      bh.consume(parsed);
    }
  }

  @Benchmark
  public void compileToGo(Blackhole bh) {
    for (SourceFile f : accepted) {
      bh.consume(Compiler.compile(f));
    }
  }
}
