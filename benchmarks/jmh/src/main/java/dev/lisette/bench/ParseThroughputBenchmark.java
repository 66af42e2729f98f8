package dev.lisette.bench;

import dev.lisette.diagnostics.SourceFile;
import dev.lisette.syntax.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lex+parse throughput in source lines per second over a corpus of at least 20,000 lines
 * built from every conformance case (repeated as needed), against a baseline that only
 * decodes the same bytes as UTF-8 and counts their lines. Run on one core:
 * {@code taskset -c 0 java -jar benchmarks/jmh/target/benchmarks.jar ParseThroughput}.
 * The reported score is corpus passes per second; multiply by the printed line count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
public class ParseThroughputBenchmark {
  @Param("conformance-tests")
  public String root;

  @Param("20000")
  public int minLines;

  private List<byte[]> files;
  private long lines;

  /** Lines processed, reported by JMH as a rate next to the pass rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Lines {
    public long lines;
  }

  @Setup(Level.Trial)
  public void load() throws IOException {
    var sources = new ArrayList<byte[]>();
    try (Stream<Path> s = Files.walk(Path.of(root))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".lis")).sorted().toList()) {
        sources.add(Files.readAllBytes(p));
      }
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("no .lis files under " + root);
    }
    files = new ArrayList<>();
    lines = 0;
    while (lines < minLines) {
      for (byte[] b : sources) {
        files.add(b);
        lines += new String(b, StandardCharsets.UTF_8).lines().count();
      }
    }
    System.out.println("\ncorpus: " + files.size() + " files, " + lines + " lines");
  }

  @Benchmark
  public void lexAndParse(Blackhole bh, Lines counter) {
    for (byte[] b : files) {
      bh.consume(Parser.parse(new SourceFile("bench.lis", new String(b, StandardCharsets.UTF_8))));
    }
    counter.lines += lines;
  }

  @Benchmark
  public void readOnly(Blackhole bh, Lines counter) {
    for (byte[] b : files) {
      String text = new String(b, StandardCharsets.UTF_8);
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          n++;
        }
      }
      bh.consume(n);
    }
    counter.lines += lines;
  }
}
