package dev.lisette.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lisette.project.ProjectBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example application examples/tasks (issue #8): a copy of the project is compiled with
 * ProjectBuild, built with `go build`, and run through a scripted session against a temporary
 * data file; stdout and exit codes are compared exactly, stderr by its first line.
 */
class ExampleAppTest {
  private static final Path EXAMPLE = Repo.ROOT.resolve("examples/tasks");

  @TempDir
  static Path work;

  private static Path app;

  record Run(int exit, String stdout, String stderr) {}

  @BeforeAll
  static void build() throws Exception {
    Path project = work.resolve("tasks");
    copyTree(EXAMPLE.resolve("src"), project.resolve("src"));
    Files.copy(EXAMPLE.resolve("lisette.toml"), project.resolve("lisette.toml"));
    ProjectBuild.Result result = ProjectBuild.compile(project);
    assertFalse(result.hasErrors(), () -> result.render(project));
    assertEquals("", result.render(project), "the example compiles without warnings");
    ProjectBuild.write(project.resolve("target"), result);
    GoCommand.Result build = GoCommand.run(project.resolve("target"), List.of("build", "-o", "tasks", "."));
    assertEquals(0, build.exit(), build.output());
    GoCommand.Result vet = GoCommand.run(project.resolve("target"), List.of("vet", "./..."));
    assertEquals(0, vet.exit(), vet.output());
    app = project.resolve("target/tasks");
  }

  @Test
  void scriptedSession() throws Exception {
    Path data = Files.createDirectories(work.resolve("session")).resolve("tasks.json");
    String file = data.toString();

    assertOk("added 1: Write report\n", run(file, "add", "Write report", "--priority", "high", "--tag", "work"));
    assertOk("added 2: Buy milk\n", run(file, "add", "Buy milk", "--tag", "home", "--tag", "errand", "--priority", "low"));
    // The data file can also come from --file, which wins over TASKS_FILE.
    assertOk("added 3: Fix bike\n", run("/nonexistent/ignored.json", "--file", file, "add", "Fix bike", "--tag", "home"));
    assertOk("done 1: Write report\n", run(file, "done", "1"));
    assertOk("""
          3 [ ] medium Fix bike  #home
          2 [ ] low    Buy milk  #home #errand
          1 [x] high   Write report  #work
        """, run(file, "list"));
    assertOk("""
        tasks: 3 (1 done, 2 open)
        open high   0
        open medium 1
        open low    1
        tag errand   0/1 done
        tag home     0/2 done
        tag work     1/1 done
        """, run(file, "stats"));

    // Usage errors: exit code 1, nothing on stdout, the data file unchanged.
    String saved = Files.readString(data);
    assertFails(1, "tasks: no task 9", run(file, "done", "9"));
    assertFails(1, "tasks: task 1 is already done", run(file, "done", "1"));
    assertFails(1, "tasks: bad task id x", run(file, "done", "x"));
    assertFails(1, "tasks: missing title", run(file, "add"));
    assertFails(1, "tasks: bad priority urgent (want low, medium or high)",
        run(file, "add", "t", "--priority", "urgent"));
    assertFails(1, "tasks: unknown command frob", run(file, "frob"));
    assertFails(1, "tasks: unknown flag --verbose", run(file, "list", "--verbose"));
    assertFails(1, "tasks: no command given", run(file));
    assertEquals(saved, Files.readString(data));

    // The JSON file: enums by variant name, fields by their Lisette names.
    assertTrue(saved.startsWith("{\n  \"next_id\": 4,\n  \"tasks\": [\n    {\n      \"id\": 1,\n"
        + "      \"title\": \"Write report\",\n      \"priority\": \"High\",\n      \"status\": \"Done\",\n"), saved);

    // I/O errors: exit code 2.
    Path broken = work.resolve("session/broken.json");
    Files.writeString(broken, "{\"next_id\": \"one\"}");
    Run corrupt = run(broken.toString(), "list");
    assertEquals(2, corrupt.exit(), corrupt.stderr());
    assertTrue(corrupt.stderr().startsWith("tasks: " + broken + ": json: cannot unmarshal string"), corrupt.stderr());
    Run unwritable = run(work.resolve("session/missing-dir/tasks.json").toString(), "add", "x");
    assertEquals(2, unwritable.exit(), unwritable.stderr());
    assertEquals("", unwritable.stdout());

    // A data file that does not exist yet is an empty list.
    assertOk("no tasks\n", run(work.resolve("session/new.json").toString(), "list"));
  }

  @Test
  void statsOfManyTagsAreDeterministic() throws Exception {
    String file = Files.createDirectories(work.resolve("many")).resolve("tasks.json").toString();
    var expected = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      String tag = "t" + (char) ('a' + (12 - i));
      assertOk("added " + i + ": job " + i + "\n", run(file, "add", "job " + i, "--tag", tag, "--tag", "all"));
    }
    assertOk("done 4: job 4\n", run(file, "done", "4"));
    expected.append("tasks: 12 (1 done, 11 open)\nopen high   0\nopen medium 11\nopen low    0\n");
    expected.append(String.format("tag %-8s %d/%d done%n", "all", 1, 12));
    for (char c = 'a'; c <= 'l'; c++) {
      int id = 12 - (c - 'a');
      expected.append(String.format("tag %-8s %d/1 done%n", "t" + c, id == 4 ? 1 : 0));
    }
    for (int round = 0; round < 5; round++) {
      assertOk(expected.toString(), run(file, "stats"));
    }
  }

  private static void assertOk(String stdout, Run run) {
    assertEquals(0, run.exit(), run.stderr());
    assertEquals("", run.stderr());
    assertEquals(stdout, run.stdout());
  }

  private static void assertFails(int exit, String firstStderrLine, Run run) {
    assertEquals(exit, run.exit(), run.stderr());
    assertEquals("", run.stdout());
    assertEquals(firstStderrLine, run.stderr().lines().findFirst().orElse(""));
  }

  /** Runs the app with TASKS_FILE set to {@code dataFile}. */
  private static Run run(String dataFile, String... args) throws IOException, InterruptedException {
    var cmd = new ArrayList<String>();
    cmd.add(app.toString());
    cmd.addAll(List.of(args));
    var pb = new ProcessBuilder(cmd).directory(work.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Map<String, String> env = pb.environment();
    env.put("TASKS_FILE", dataFile);
    Process p = pb.start();
    var stderr = new java.io.ByteArrayOutputStream();
    Thread err = Thread.ofVirtual().start(() -> {
      try {
        p.getErrorStream().transferTo(stderr);
      } catch (IOException e) {
        // the process ended
      }
    });
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the app finishes");
    err.join();
    return new Run(p.exitValue(), out, stderr.toString(StandardCharsets.UTF_8));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
