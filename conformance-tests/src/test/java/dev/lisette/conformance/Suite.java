package dev.lisette.conformance;

import dev.lisette.diagnostics.SourceFile;
import dev.lisette.project.Compiler;
import dev.lisette.project.GoModule;
import dev.lisette.project.SourceLoader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * All cases, compiled once; the Go of the accepted ones written into one module, vetted and
 * built with one `go vet ./...` and one `go build ./...`, and the run cases executed in
 * parallel. Each dynamic test then only looks up its own results.
 */
public final class Suite {
  static final Duration TIMEOUT = new Duration(10);

  record Duration(int seconds) {}

  /** What happened to one case. */
  record Outcome(
      CaseFile kase,
      Optional<CaseResult> compiled,
      Optional<String> internalError,
      Optional<String> vetErrors,
      Optional<String> buildErrors,
      Optional<Run> run) {}

  public record Run(int exit, String stdout, String stderr, boolean timedOut) {}

  private static Suite instance;

  final List<CaseFile> cases;
  final List<String> loadErrors;
  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
  private final Map<String, String> timings = new LinkedHashMap<>();

  private Suite(List<CaseFile> cases, List<String> loadErrors) {
    this.cases = cases;
    this.loadErrors = loadErrors;
  }

  /** Discovers the cases (cheap); the expensive work happens on first {@link #outcome}. */
  static synchronized Suite get() throws IOException {
    if (instance == null) {
      var cases = new ArrayList<CaseFile>();
      var errors = new ArrayList<String>();
      List<Path> projects;
      try (Stream<Path> s = Files.walk(Repo.CASES)) {
        projects = s.filter(p -> Files.exists(p.resolve("lisette.toml"))).sorted().toList();
      }
      List<Path> files;
      try (Stream<Path> s = Files.walk(Repo.CASES)) {
        files = s.filter(p -> p.toString().endsWith(".lis"))
            .filter(p -> projects.stream().noneMatch(p::startsWith)).sorted().toList();
      }
      var all = new ArrayList<Path>(files);
      all.addAll(projects);
      all.sort(null);
      for (Path f : all) {
        String rel = Repo.CASES.relativize(f).toString().replace(File.separatorChar, '/');
        try {
          cases.add(Files.isDirectory(f) ? CaseFile.parseProject(f, rel) : CaseFile.parse(f, rel));
        } catch (IllegalArgumentException e) {
          errors.add(e.getMessage());
        }
      }
      instance = new Suite(List.copyOf(cases), List.copyOf(errors));
    }
    return instance;
  }

  private boolean ran;

  synchronized Outcome outcome(CaseFile c) throws IOException, InterruptedException {
    if (!ran) {
      ran = true;
      runAll();
    }
    return outcomes.get(c.id());
  }

  Map<String, String> timings() {
    return timings;
  }

  private void runAll() throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    var compiled = new HashMap<String, CaseResult>();
    var internal = new HashMap<String, String>();
    for (CaseFile c : cases) {
      try {
        if (c.project()) {
          // The Go module path is the case's place in the golden module, so that the emitted
          // imports (`golden/<case>/<module>`) resolve inside the one golden tree.
          var r = dev.lisette.project.ProjectBuild.compile(c.path(), Optional.of("golden/" + c.id()));
          compiled.put(c.id(), CaseResult.of(r, c.path()));
        } else {
          SourceLoader.Loaded loaded = SourceLoader.load(c.path(), "conformance-tests/cases/" + c.relative());
          Compiler.Result r = loaded.encodingError()
              .map(d -> new Compiler.Result(loaded.file(), List.of(d), Optional.<String>empty()))
              .orElseGet(() -> Compiler.compile(loaded.file()));
          compiled.put(c.id(), CaseResult.of(r));
        }
      } catch (RuntimeException e) {
        internal.put(c.id(), e.getMessage() + stack(e.getCause() != null ? e.getCause() : e));
      }
    }
    long t1 = System.nanoTime();
    timings.put("compile", ms(t1 - t0) + " ms for " + cases.size() + " cases");

    Path module = Repo.WORK.resolve("go");
    Path bin = Repo.WORK.resolve("bin");
    Repo.deleteTree(Repo.WORK);
    Files.createDirectories(module);
    Files.createDirectories(bin);
    Files.writeString(module.resolve("go.mod"), GoModule.goMod("golden", Repo.PRELUDE.toString()));
    var accepted = new ArrayList<CaseFile>();
    for (CaseFile c : cases) {
      CaseResult r = compiled.get(c.id());
      if (r != null && !r.hasErrors() && !r.goFiles().isEmpty()) {
        for (var go : r.goFiles().entrySet()) {
          Path out = module.resolve(c.id()).resolve(go.getKey());
          Files.createDirectories(out.getParent());
          Files.writeString(out, go.getValue(), StandardCharsets.UTF_8);
        }
        accepted.add(c);
      }
    }

    Map<String, String> vetErrors = Map.of();
    Map<String, String> buildErrors = Map.of();
    if (!accepted.isEmpty()) {
      GoCommand.Result vet = GoCommand.run(module, List.of("vet", "./..."));
      vetErrors = GoCommand.errorsByPackage(vet.output());
      long t2 = System.nanoTime();
      timings.put("go vet", ms(t2 - t1) + " ms");
      GoCommand.Result build = GoCommand.run(module, List.of("build", "-o", bin + "/", "./..."));
      buildErrors = GoCommand.errorsByPackage(build.output());
      if (build.exit() != 0) {
        var good = new ArrayList<String>(List.of("build", "-o", bin + "/"));
        for (CaseFile c : accepted) {
          if (errorsFor(buildErrors, c) == null) {
            good.add("./" + c.id() + "/...");
          }
        }
        if (good.size() > 3) {
          GoCommand.run(module, good);
        }
        if (buildErrors.isEmpty()) {
          buildErrors = Map.of("*", build.output());
        }
      }
      long t3 = System.nanoTime();
      timings.put("go build", ms(t3 - t2) + " ms for " + accepted.size() + " packages");
    }

    long t4 = System.nanoTime();
    Map<String, Run> runs = runPrograms(accepted, bin);
    int runCount = runs.size();
    timings.put("run", ms(System.nanoTime() - t4) + " ms for " + runCount + " programs");

    for (CaseFile c : cases) {
      outcomes.put(c.id(), new Outcome(c, Optional.ofNullable(compiled.get(c.id())),
          Optional.ofNullable(internal.get(c.id())),
          Optional.ofNullable(errorsFor(vetErrors, c)),
          Optional.ofNullable(Optional.ofNullable(errorsFor(buildErrors, c)).orElse(buildErrors.get("*"))),
          Optional.ofNullable(runs.get(c.id()))));
    }
  }

  private static Map<String, Run> runPrograms(List<CaseFile> accepted, Path bin) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    var futures = new LinkedHashMap<String, Future<Run>>();
    for (CaseFile c : accepted) {
      Path exe = bin.resolve(c.name());
      if (c.mode() == CaseFile.Mode.RUN && Files.isExecutable(exe)) {
        futures.put(c.id(), pool.submit(() -> GoCommand.execute(exe, TIMEOUT.seconds())));
      }
    }
    var runs = new HashMap<String, Run>();
    for (var e : futures.entrySet()) {
      try {
        runs.put(e.getKey(), e.getValue().get());
      } catch (java.util.concurrent.ExecutionException ex) {
        runs.put(e.getKey(), new Run(-1, "", String.valueOf(ex.getCause()), false));
      }
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    return runs;
  }

  /** The messages of a case's packages (a project case has one package per module). */
  private static String errorsFor(Map<String, String> byPackage, CaseFile c) {
    var sb = new StringBuilder();
    byPackage.forEach((pkg, text) -> {
      if (pkg.equals(c.id()) || pkg.startsWith(c.id() + "/")) {
        sb.append(text);
      }
    });
    return sb.isEmpty() ? null : sb.toString();
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static String stack(Throwable t) {
    if (t == null) {
      return "";
    }
    var sb = new StringBuilder("\n" + t);
    StackTraceElement[] st = t.getStackTrace();
    for (int i = 0; i < Math.min(12, st.length); i++) {
      sb.append("\n    at ").append(st[i]);
    }
    return sb.toString();
  }

}
