#!/usr/bin/env python3
"""Hand-written run cases of the concurrency chapter (one program each, output reasoned out)."""
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "conformance-tests", "cases", "concurrency")
n = 0


def run(section, name, spec, desc, body, output, exit=None, race=True):
    global n
    d = os.path.join(ROOT, section)
    os.makedirs(d, exist_ok=True)
    head = (f"// spec: {spec}\n// mode: run\n" + (f"// exit: {exit}\n" if exit is not None else "")
            + ("" if race else "// race: no\n") + f"// {desc}\n")
    out = "// Output:\n" + "".join(("// " + o if o else "//") + "\n" for o in output) if output else ""
    with open(os.path.join(d, name + ".lis"), "w") as f:
        f.write(head + body.strip("\n") + "\n" + out)
    n += 1


run("select", "select_evaluates_operands_in_source_order", "concurrency.select.evaluation",
    "Every channel operand and sent value is evaluated once, left to right, before an arm is chosen; only the ready arm runs.", '''
import "go:fmt"

fn pick(name: string, ch: Channel<int>) -> Channel<int> {
  fmt.Println("operand", name)
  ch
}

fn value(n: int) -> int {
  fmt.Println("value", n)
  n
}

fn main() {
  let full = Channel.buffered<int>(1)
  full.send(0)
  let room = Channel.buffered<int>(1)
  let empty = Channel.new<int>()
  select {
    pick("full", full).send(value(1)) => fmt.Println("sent to full"),
    pick("empty", empty).receive() => fmt.Println("received from empty"),
    pick("room", room).send(value(2)) => fmt.Println("sent to room"),
  }
  fmt.Println(full.length(), room.length())
}
''', ["operand full", "value 1", "operand empty", "operand room", "value 2", "sent to room", "1 1"])

run("tasks", "recover_inside_task_reports_panic", "concurrency.task.defer-recover",
    "A task recovers its own panic and reports it over a channel.", '''
import "go:fmt"

fn risky(n: int) -> int {
  if n == 3 {
    panic("three is not allowed")
  }
  n * 2
}

fn main() {
  let report = Channel.new<string>()
  for n in [1, 3] {
    task {
      let r = recover { risky(n) }
      match r {
        Ok(v) => { report.send(f"ok {v}") },
        Err(pv) => { report.send(f"panic: {pv.message()}") },
      }
    }
    fmt.Println(report.receive())
  }
}
''', ['Some("ok 2")', 'Some("panic: three is not allowed")'])

run("tasks", "defer_in_task_runs_when_task_ends", "concurrency.task.defer-recover, concurrency.task.block",
    "A deferred block in a task runs at the task's end, after its body, even when it returns early.", '''
import "go:fmt"

fn main() {
  let log = Channel.buffered<string>(10)
  let done = Channel.new<()>()
  task {
    defer {
      log.send("deferred")
      done.send(())
    }
    log.send("body")
    if log.length() > 0 {
      return
    }
    log.send("unreachable")
  }
  done.receive()
  log.close()
  for line in log {
    fmt.Println(line)
  }
}
''', ["body", "deferred"])

run("tasks", "unrecovered_panic_in_task_ends_program", "concurrency.task.defer-recover",
    "A panic escaping a task ends the program with exit code 2.", '''
import "go:fmt"

fn main() {
  let never = Channel.new<()>()
  fmt.Println("starting")
  task {
    panic("worker failed")
  }
  never.receive()
  fmt.Println("not reached")
}
''', ["starting"], exit=2)

run("tasks", "main_return_stops_tasks", "concurrency.task.main-exit",
    "Tasks still blocked when main returns are stopped; the program exits 0.", '''
import "go:fmt"

fn main() {
  let never = Channel.new<int>()
  for i in 0..3 {
    task {
      never.receive()
      fmt.Println("never printed", i)
    }
  }
  fmt.Println("main done")
}
''', ["main done"])

run("tasks", "task_method_and_lambda_calls", "concurrency.task.call",
    "task starts a method call, a lambda value and a Go function; arguments are evaluated at the task.", '''
import "go:fmt"

struct Greeter {
  name: string,
}

impl Greeter {
  fn greet(self, out: Channel<string>) {
    out.send(f"hello from {self.name}")
  }
}

fn main() {
  let out = Channel.new<string>()
  let g = Greeter { name: "method" }
  task g.greet(out)
  fmt.Println(out.receive())
  let shout = |s: string| { out.send(s + "!") }
  let mut word = "lambda"
  task shout(word)
  word = "changed"
  fmt.Println(out.receive(), word)
}
''', ['Some("hello from method")', 'Some("lambda!") changed'])

run("channels", "receive_statement_waits_for_signal", "concurrency.channel.receive-statement, concurrency.channel.unit",
    "`done.receive()` as a statement waits for the signal without an unused-Option warning.", """
import "go:fmt"

fn main() {
  let done = Channel.new<()>()
  let result = Channel.buffered<int>(1)
  task {
    result.send(6 * 7)
    done.send(())
  }
  done.receive()
  fmt.Println(result.receive())
}
""", ["Some(42)"])

run("channels", "close_broadcasts_to_every_waiter", "concurrency.channel.close, concurrency.channel.receive",
    "Closing a Channel<()> wakes every task waiting on it; each sees None.", """
import "go:fmt"

fn main() {
  let start = Channel.new<()>()
  let seen = Channel.buffered<bool>(4)
  for _ in 0..4 {
    task {
      let got = start.receive()
      seen.send(got.is_none())
    }
  }
  start.close()
  let mut nones = 0
  for _ in 0..4 {
    if let Some(true) = seen.receive() {
      nones += 1
    }
  }
  fmt.Println("woken with None:", nones)
}
""", ["woken with None: 4"])

run("channels", "channel_of_structs_and_enums", "concurrency.channel.types, concurrency.channel.send",
    "Channels carry structs, enums, tuples and options by value.", """
import "go:fmt"

struct Point {
  x: int,
  y: int,
}

enum Shape {
  Circle(float64),
  Square(float64),
}

fn main() {
  let points = Channel.buffered<Point>(2)
  let shapes = Channel.buffered<Shape>(2)
  let pairs = Channel.buffered<(string, int)>(1)
  let maybe = Channel.buffered<Option<int>>(2)
  let mut p = Point { x: 1, y: 2 }
  points.send(p)
  p.x = 10
  points.send(p)
  shapes.send(Shape.Circle(1.5))
  shapes.send(Shape.Square(2.0))
  pairs.send(("a", 1))
  maybe.send(Some(3))
  maybe.send(None)
  fmt.Println(points.receive(), points.receive())
  fmt.Println(shapes.receive(), shapes.receive())
  fmt.Println(pairs.receive())
  fmt.Println(maybe.receive(), maybe.receive())
}
""", ["Some(Point { x: 1, y: 2 }) Some(Point { x: 10, y: 2 })", "Some(Shape.Circle(1.5)) Some(Shape.Square(2))",
      'Some(("a", 1))', "Some(Some(3)) Some(None)"])

run("channels", "channel_of_channels_reply", "concurrency.channel.types, concurrency.split.ends",
    "A request carries the channel to reply on.", """
import "go:fmt"

fn server(requests: Receiver<(int, Sender<int>)>) {
  for (n, reply) in requests {
    reply.send(n * n)
  }
}

fn main() {
  let (req_tx, req_rx) = Channel.new<(int, Sender<int>)>().split()
  task server(req_rx)
  for n in [2, 5, 9] {
    let (tx, rx) = Channel.new<int>().split()
    req_tx.send((n, tx))
    fmt.Println(n, rx.receive())
  }
  req_tx.close()
}
""", ["2 Some(4)", "5 Some(25)", "9 Some(81)"])

run("channels", "channels_compare_by_identity", "concurrency.channel.types",
    "Two channels are equal only when they are the same channel.", """
import "go:fmt"

fn main() {
  let a = Channel.new<int>()
  let b = Channel.new<int>()
  let c = a
  fmt.Println(a == c, a == b)
}
""", ["true false"])

run("channels", "channels_in_struct_fields_and_slices", "concurrency.channel.types, concurrency.task.call",
    "Channels stored in a struct and in a slice are the same channels (reference semantics).", """
import "go:fmt"

struct Hub {
  inbox: Channel<string>,
  outs: Slice<Channel<int>>,
}

fn main() {
  let hub = Hub { inbox: Channel.buffered<string>(3), outs: [Channel.buffered<int>(1), Channel.buffered<int>(1)] }
  let copy = hub
  copy.inbox.send("hi")
  for (i, ch) in hub.outs.enumerate() {
    ch.send(i * 10)
  }
  fmt.Println(hub.inbox.receive())
  fmt.Println(copy.outs[0].receive(), copy.outs[1].receive())
}
""", ['Some("hi")', "Some(0) Some(10)"])

run("channels", "while_let_receive_drains", "concurrency.channel.receive, concurrency.channel.close",
    "`while let Some(v) = rx.receive()` stops at the close.", """
import "go:fmt"

fn main() {
  let (tx, rx) = Channel.buffered<int>(3).split()
  task {
    tx.send(1)
    tx.send(2)
    tx.send(3)
    tx.close()
  }
  let mut total = 0
  while let Some(v) = rx.receive() {
    total += v
  }
  fmt.Println(total)
}
""", ["6"])

run("channels", "for_over_receiver_with_break_and_continue", "concurrency.for.drain",
    "break and continue work in a loop over a receiver; the rest stays in the channel.", """
import "go:fmt"

fn main() {
  let ch = Channel.buffered<int>(10)
  for i in 0..10 {
    ch.send(i)
  }
  ch.close()
  let (_, rx) = ch.split()
  for v in rx {
    if v % 2 == 0 {
      continue
    }
    if v > 6 {
      break
    }
    fmt.Println(v)
  }
  fmt.Println("left:", ch.length())
}
""", ["1", "3", "5", "left: 2"])

run("channels", "annotated_channel_new", "concurrency.channel.new",
    "The element type may come from an annotation or a parameter.", """
import "go:fmt"

fn fill(ch: Channel<string>) {
  ch.send("x")
}

fn main() {
  let a: Channel<int> = Channel.buffered(2)
  a.send(5)
  let b: Channel<string> = Channel.buffered(1)
  fill(b)
  fmt.Println(a.receive(), b.receive(), a.capacity())
}
""", ['Some(5) Some("x") 2'])

run("channels", "unbuffered_rendezvous_order", "concurrency.channel.send, concurrency.channel.new",
    "An unbuffered send waits for the receiver: the steps alternate strictly.", """
import "go:fmt"

fn main() {
  let ch = Channel.new<int>()
  let ack = Channel.new<()>()
  task {
    for i in 0..3 {
      ch.send(i)
      ack.receive()
    }
  }
  for _ in 0..3 {
    match ch.receive() {
      Some(v) => fmt.Println("got", v),
      None => fmt.Println("closed"),
    }
    ack.send(())
  }
}
""", ["got 0", "got 1", "got 2"])

run("select", "select_value_from_ready_channel", "concurrency.select.value, concurrency.select.match-receive",
    "A select used as a value; the only ready arm gives it.", """
import "go:fmt"

fn poll(ch: Channel<int>) -> string {
  select {
    match ch.receive() {
      Some(v) => f"value {v}",
      None => "closed",
    },
    _ => "nothing yet",
  }
}

fn main() {
  let ch = Channel.buffered<int>(1)
  fmt.Println(poll(ch))
  ch.send(4)
  fmt.Println(poll(ch))
  ch.close()
  fmt.Println(poll(ch))
}
""", ["nothing yet", "value 4", "closed"])

run("select", "select_bare_receive_arm_runs_on_close", "concurrency.select.arms",
    "A bare `ch.receive() =>` arm runs for a value and for the close alike.", """
import "go:fmt"

fn main() {
  let quit = Channel.new<()>()
  quit.close()
  let mut n = 0
  for _ in 0..3 {
    select {
      quit.receive() => { n += 1 },
    }
  }
  fmt.Println("quit seen", n, "times")
}
""", ["quit seen 3 times"])

run("select", "select_send_on_closed_panics_recovered", "concurrency.select.send, concurrency.task.defer-recover",
    "A send arm is a raw Go send: on a closed channel it panics, and recover catches it.", """
import "go:fmt"

fn main() {
  let ch = Channel.buffered<int>(1)
  ch.close()
  let r = recover {
    select {
      ch.send(1) => fmt.Println("sent"),
    }
  }
  match r {
    Ok(_) => fmt.Println("no panic"),
    Err(pv) => fmt.Println("panic:", pv.message()),
  }
}
""", ["panic: send on closed channel"])

run("select", "select_in_loop_with_continue_and_break", "concurrency.select.loop",
    "break and continue inside arms refer to the enclosing loop.", """
import "go:fmt"

fn main() {
  let numbers = Channel.buffered<int>(6)
  for v in [1, 2, 3, 4, 5, 6] {
    numbers.send(v)
  }
  numbers.close()
  let mut odd_sum = 0
  loop {
    select {
      match numbers.receive() {
        Some(v) => {
          if v % 2 == 0 {
            continue
          }
          odd_sum += v
        },
        None => break,
      },
    }
  }
  fmt.Println(odd_sum)
}
""", ["9"])

run("select", "select_return_from_arm", "concurrency.select.loop, concurrency.select.value",
    "return inside an arm returns from the function.", """
import "go:fmt"

fn first_even(ch: Channel<int>) -> int {
  loop {
    select {
      match ch.receive() {
        Some(v) => if v % 2 == 0 { return v },
        None => return -1,
      },
    }
  }
}

fn main() {
  let ch = Channel.buffered<int>(5)
  for v in [3, 5, 8, 9, 10] {
    ch.send(v)
  }
  fmt.Println(first_even(ch))
  ch.close()
  fmt.Println(first_even(ch))
  fmt.Println(first_even(ch))
}
""", ["8", "10", "-1"])

run("select", "select_timeout_with_default_polling", "concurrency.select.default, concurrency.select.shorthand",
    "Polling with a default arm: the work is not ready until the worker signals; counting polls would be scheduling-dependent, so only the result is printed.", """
import "go:fmt"

fn main() {
  let result = Channel.buffered<int>(1)
  let go_ahead = Channel.new<()>()
  task {
    go_ahead.receive()
    result.send(99)
  }
  let first = select {
    let Some(v) = result.receive() => v,
    _ => -1,
  }
  fmt.Println("before signal:", first)
  go_ahead.send(())
  let mut got = -1
  while got < 0 {
    got = select {
      let Some(v) = result.receive() => v,
      _ => -1,
    }
  }
  fmt.Println("after signal:", got)
}
""", ["before signal: -1", "after signal: 99"])

run("select", "select_shorthand_waits_for_other_arm_after_close", "concurrency.select.shorthand",
    "Once its channel is closed, a `let Some` arm is disabled and the select waits for another arm.", """
import "go:fmt"

fn main() {
  let data = Channel.new<int>()
  data.close()
  let other = Channel.new<string>()
  task {
    other.send("other arm")
  }
  select {
    let Some(v) = data.receive() => fmt.Println("data", v),
    match other.receive() {
      Some(s) => fmt.Println(s),
      None => fmt.Println("other closed"),
    },
  }
}
""", ["other arm"])

run("select", "select_destructures_received_tuple", "concurrency.select.shorthand, concurrency.select.match-receive",
    "Irrefutable patterns inside Some destructure the received value.", """
import "go:fmt"

struct Job {
  id: int,
  name: string,
}

fn main() {
  let pairs = Channel.buffered<(int, int)>(1)
  let jobs = Channel.buffered<Job>(1)
  pairs.send((3, 4))
  jobs.send(Job { id: 7, name: "build" })
  select {
    let Some((a, b)) = pairs.receive() => fmt.Println(a * b),
    _ => fmt.Println("none"),
  }
  select {
    match jobs.receive() {
      Some(Job { id, name }) => fmt.Println(id, name),
      None => fmt.Println("closed"),
    },
  }
}
""", ["12", "7 build"])

run("select", "select_statement_with_assignment_arms", "concurrency.select.arms",
    "Arm bodies may be assignments.", """
import "go:fmt"

fn main() {
  let ch = Channel.buffered<int>(1)
  ch.send(5)
  let mut last = 0
  select {
    match ch.receive() {
      Some(v) => last = v,
      None => last = -1,
    },
  }
  select {
    ch.send(8) => last += 100,
    _ => last = 0,
  }
  fmt.Println(last, ch.receive())
}
""", ["105 Some(8)"])

run("select", "select_unit_signal_and_data", "concurrency.select.arms, concurrency.channel.unit",
    "A worker stops when its quit channel is closed; data before the quit is handled in order.", """
import "go:fmt"

fn main() {
  let data = Channel.new<int>()
  let quit = Channel.new<()>()
  let done = Channel.new<int>()
  task {
    let mut sum = 0
    loop {
      select {
        match data.receive() {
          Some(v) => { sum += v },
          None => break,
        },
        quit.receive() => break,
      }
    }
    done.send(sum)
  }
  for v in 1..=4 {
    data.send(v)
  }
  quit.close()
  fmt.Println(done.receive())
}
""", ["Some(10)"])

run("select", "nested_select_in_arm", "concurrency.select.arms, concurrency.select.default",
    "A select inside the arm of another select.", """
import "go:fmt"

fn main() {
  let a = Channel.buffered<int>(1)
  let b = Channel.buffered<int>(1)
  a.send(1)
  select {
    match a.receive() {
      Some(x) => {
        select {
          b.send(x + 1) => fmt.Println("forwarded", x + 1),
          _ => fmt.Println("b full"),
        }
      },
      None => fmt.Println("a closed"),
    },
  }
  fmt.Println(b.receive())
}
""", ["forwarded 2", "Some(2)"])

run("programs", "bounded_parallel_map", "concurrency.task.block, concurrency.channel.buffer, concurrency.task.capture",
    "Map over a slice in parallel, then put the results back in input order by index.", """
import "go:fmt"

fn main() {
  let words = ["go", "lisette", "channel", "task", "select"]
  let results = Channel.buffered<(int, int)>(words.length())
  for (i, w) in words.enumerate() {
    task {
      results.send((i, w.length()))
    }
  }
  let mut lengths = [0, 0, 0, 0, 0]
  for _ in 0..words.length() {
    if let Some((i, n)) = results.receive() {
      lengths[i] = n
    }
  }
  fmt.Println(lengths)
}
""", ["[2 7 7 4 6]"])

run("programs", "rate_limited_batches", "concurrency.channel.buffer, concurrency.select.default",
    "Batch a stream: take what is buffered without waiting, a batch at a time.", """
import "go:fmt"

fn main() {
  let input = Channel.buffered<int>(10)
  for i in 1..=7 {
    input.send(i)
  }
  input.close()
  let mut batch = Slice.new<int>()
  let mut finished = false
  while !finished {
    select {
      match input.receive() {
        Some(v) => {
          batch = batch.append(v)
          if batch.length() == 3 {
            fmt.Println("batch", batch)
            batch = Slice.new<int>()
          }
        },
        None => { finished = true },
      },
    }
  }
  if !batch.is_empty() {
    fmt.Println("rest", batch)
  }
}
""", ["batch [1 2 3]", "batch [4 5 6]", "rest [7]"])

run("programs", "producer_consumer_with_results_map", "concurrency.for.drain, concurrency.split.ends",
    "Consumers build a word count; the counts are printed in key order.", """
import "go:fmt"

fn main() {
  let (tx, rx) = Channel.buffered<string>(8).split()
  let counts_ch = Channel.new<Map<string, int>>()
  task {
    let mut counts = Map.new<string, int>()
    for w in rx {
      counts[w] = counts[w] + 1
    }
    counts_ch.send(counts)
  }
  for w in "a b a c b a".split(" ") {
    tx.send(w)
  }
  tx.close()
  if let Some(counts) = counts_ch.receive() {
    fmt.Println(counts)
  }
}
""", ["map[a:3 b:2 c:1]"])

run("programs", "error_results_over_channel", "concurrency.channel.types, concurrency.task.propagate",
    "Tasks send Result values; failures are handled by the receiver.", """
import "go:fmt"

fn parse_positive(n: int) -> Result<int, string> {
  if n < 0 {
    return Err(f"negative: {n}")
  }
  Ok(n)
}

fn main() {
  let inputs = [4, -2, 9]
  let out = Channel.buffered<(int, Result<int, string>)>(3)
  for (i, n) in inputs.enumerate() {
    task {
      out.send((i, parse_positive(n)))
    }
  }
  let mut results = [Ok(0), Ok(0), Ok(0)]
  for _ in 0..3 {
    if let Some((i, r)) = out.receive() {
      results[i] = r
    }
  }
  for r in results {
    match r {
      Ok(v) => fmt.Println("ok", v),
      Err(e) => fmt.Println("error", e),
    }
  }
}
""", ["ok 4", "error negative: -2", "ok 9"])

run("programs", "generator_with_done_channel", "concurrency.select.arms, concurrency.channel.close",
    "A generator stops when its consumer closes the done channel.", """
import "go:fmt"

fn naturals(out: Sender<int>, done: Receiver<()>) {
  let mut n = 0
  loop {
    select {
      out.send(n) => { n += 1 },
      done.receive() => break,
    }
  }
  out.close()
}

fn main() {
  let (out_tx, out_rx) = Channel.new<int>().split()
  let done = Channel.new<()>()
  let (_, done_rx) = done.split()
  task naturals(out_tx, done_rx)
  let mut taken = Slice.new<int>()
  for v in out_rx {
    taken = taken.append(v)
    if taken.length() == 5 {
      break
    }
  }
  done.close()
  fmt.Println(taken)
}
""", ["[0 1 2 3 4]"])

run("programs", "barrier_of_tasks", "concurrency.channel.unit, concurrency.task.block",
    "Phase two starts only after all tasks have finished phase one.", """
import "go:fmt"

fn main() {
  let arrived = Channel.buffered<()>(3)
  let release = Channel.new<()>()
  let phase_two = Channel.buffered<int>(3)
  for id in 0..3 {
    task {
      arrived.send(())
      release.receive()
      phase_two.send(id)
    }
  }
  for _ in 0..3 {
    arrived.receive()
  }
  fmt.Println("all arrived, in phase two:", phase_two.length())
  release.close()
  let mut sum = 0
  for _ in 0..3 {
    if let Some(id) = phase_two.receive() {
      sum += id
    }
  }
  fmt.Println("ids", sum)
}
""", ["all arrived, in phase two: 0", "ids 3"])

run("tasks", "task_block_return_ends_task", "concurrency.task.block",
    "`return` ends only the task.", """
import "go:fmt"

fn main() {
  let out = Channel.buffered<int>(5)
  let done = Channel.new<()>()
  task {
    for i in 0..5 {
      if i == 3 {
        done.send(())
        return
      }
      out.send(i)
    }
  }
  done.receive()
  fmt.Println(out.length())
}
""", ["3"])

run("tasks", "task_arguments_evaluated_at_start", "concurrency.task.call",
    "The arguments of `task f(x)` are evaluated when the task starts, not when it runs.", """
import "go:fmt"

fn report(n: int, out: Channel<int>) {
  out.send(n)
}

fn main() {
  let out = Channel.new<int>()
  let mut n = 1
  task report(n, out)
  n = 2
  fmt.Println(out.receive(), n)
}
""", ["Some(1) 2"])

run("tasks", "task_spawns_tasks", "concurrency.task.block, concurrency.task.capture",
    "Tasks may start tasks; results come back over one channel.", """
import "go:fmt"

fn main() {
  let out = Channel.buffered<int>(6)
  let done = Channel.new<()>()
  task {
    for i in 0..3 {
      task {
        out.send(i)
        out.send(i * 10)
      }
    }
    done.send(())
  }
  done.receive()
  let mut sum = 0
  for _ in 0..6 {
    if let Some(v) = out.receive() {
      sum += v
    }
  }
  fmt.Println(sum)
}
""", ["33"])

run("tasks", "recovered_send_frame_in_task_loop", "concurrency.channel.send, concurrency.channel.close",
    "A producer whose channel is closed by the consumer stops when send returns false (a close racing a send: Go's race detector reports it, by design).", """
import "go:fmt"

fn main() {
  let ch = Channel.new<int>()
  let stopped = Channel.new<int>()
  task {
    let mut sent = 0
    while ch.send(sent) {
      sent += 1
    }
    stopped.send(sent)
  }
  for _ in 0..4 {
    ch.receive()
  }
  ch.close()
  fmt.Println("producer stopped after", stopped.receive())
}
""", ["producer stopped after Some(4)"], race=False)
print("programs", n)

# ---- Go's sync, time and context with tasks and channels (issue #6 packages) -----------------
GP = "go-packages"
run(GP, "waitgroup_worker_pool", "concurrency.go.packages, concurrency.task.block",
    "Workers signal a sync.WaitGroup; main waits, closes the results and sums them.", """
import "go:fmt"
import "go:sync"

fn main() {
  let jobs = Channel.buffered<int>(20)
  let results = Channel.buffered<int>(20)
  let mut wg = sync.WaitGroup{}
  for _ in 0..4 {
    wg.Add(1)
    task {
      defer wg.Done()
      for j in jobs {
        results.send(j * 3)
      }
    }
  }
  for j in 1..=20 {
    jobs.send(j)
  }
  jobs.close()
  wg.Wait()
  results.close()
  let mut sum = 0
  for r in results {
    sum += r
  }
  fmt.Println(sum)
}
""", ["630"])

run(GP, "mutex_protected_counter", "concurrency.go.packages, concurrency.task.capture",
    "Fifty tasks increment a captured counter under a sync.Mutex.", """
import "go:fmt"
import "go:sync"

fn main() {
  let mut mu = sync.Mutex{}
  let mut wg = sync.WaitGroup{}
  let mut count = 0
  for _ in 0..50 {
    wg.Add(1)
    task {
      defer wg.Done()
      mu.Lock()
      count += 1
      mu.Unlock()
    }
  }
  wg.Wait()
  fmt.Println(count)
}
""", ["50"])

run(GP, "time_after_times_out_in_select", "concurrency.go.packages, concurrency.select.arms",
    "A receive that never completes loses to time.After.", """
import "go:fmt"
import "go:time"

fn main() {
  let never = Channel.new<int>()
  select {
    let Some(v) = never.receive() => fmt.Println("value", v),
    time.After(10 * time.Millisecond).receive() => fmt.Println("timed out"),
  }
}
""", ["timed out"])

run(GP, "ready_value_beats_long_timeout", "concurrency.go.packages, concurrency.select.match-receive",
    "A ready value wins over a timer that has not fired.", """
import "go:fmt"
import "go:time"

fn main() {
  let ch = Channel.buffered<string>(1)
  ch.send("ready")
  let timeout = time.After(time.Hour)
  select {
    match ch.receive() {
      Some(v) => fmt.Println(v),
      None => fmt.Println("closed"),
    },
    timeout.receive() => fmt.Println("timed out"),
  }
}
""", ["ready"])

run(GP, "context_deadline_done_channel", "concurrency.go.packages, concurrency.select.arms",
    "context.WithTimeout's Done channel is a Receiver<()>; after the deadline Err is set.", """
import "go:fmt"
import "go:context"
import "go:time"

fn main() {
  let (ctx, cancel) = context.WithTimeout(context.Background(), 10 * time.Millisecond)
  defer cancel()
  let never = Channel.new<int>()
  select {
    never.receive() => fmt.Println("value"),
    ctx.Done().receive() => fmt.Println("deadline passed:", ctx.Err().is_err()),
  }
}
""", ["deadline passed: true"])

run(GP, "context_cancel_stops_worker", "concurrency.go.packages, concurrency.select.match-receive",
    "A worker serves jobs until its context is cancelled.", """
import "go:fmt"
import "go:context"

fn main() {
  let (ctx, cancel) = context.WithCancel(context.Background())
  let jobs = Channel.new<int>()
  let results = Channel.new<int>()
  let stopped = Channel.new<string>()
  task {
    loop {
      select {
        match jobs.receive() {
          Some(j) => { results.send(j + 100) },
          None => break,
        },
        ctx.Done().receive() => break,
      }
    }
    stopped.send("worker stopped")
  }
  for j in 1..=3 {
    jobs.send(j)
    fmt.Println(results.receive())
  }
  cancel()
  fmt.Println(stopped.receive())
}
""", ["Some(101)", "Some(102)", "Some(103)", 'Some("worker stopped")'])

run(GP, "waitgroup_tasks_fill_distinct_slots", "concurrency.go.packages, concurrency.task.capture",
    "Tasks write distinct elements of a shared slice; WaitGroup.Wait orders the read.", """
import "go:fmt"
import "go:sync"

fn main() {
  let mut squares = [0, 0, 0, 0, 0, 0]
  let mut wg = sync.WaitGroup{}
  for i in 0..6 {
    wg.Add(1)
    task {
      defer wg.Done()
      squares[i] = i * i
    }
  }
  wg.Wait()
  fmt.Println(squares)
}
""", ["[0 1 4 9 16 25]"])

run(GP, "time_tick_three_times", "concurrency.go.packages, concurrency.for.drain",
    "time.Tick gives a Receiver<Time>; take three ticks and stop.", """
import "go:fmt"
import "go:time"

fn main() {
  let ticks = time.Tick(time.Millisecond)
  let mut n = 0
  for _ in ticks {
    n += 1
    if n == 3 {
      break
    }
  }
  fmt.Println("ticks:", n)
}
""", ["ticks: 3"])

run(GP, "once_runs_initialiser_once", "concurrency.go.packages, concurrency.task.block",
    "sync.Once runs its function once however many tasks call it.", """
import "go:fmt"
import "go:sync"

fn main() {
  let mut once = sync.Once{}
  let mut inits = 0
  let mut wg = sync.WaitGroup{}
  for _ in 0..5 {
    wg.Add(1)
    task {
      defer wg.Done()
      once.Do(|| { inits += 1 })
    }
  }
  wg.Wait()
  fmt.Println("initialised", inits, "time(s)")
}
""", ["initialised 1 time(s)"])
print("with go packages", n)
