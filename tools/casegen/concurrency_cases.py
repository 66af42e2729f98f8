#!/usr/bin/env python3
"""Generates the parametrised concurrency cases (issue #7).

Each family is a realistic program with parameters; its expected output is computed here by a
model of the program's meaning (sums, counts, orders fixed by channels), independently of the
compiler. Run from the repository root: python3 tools/casegen/concurrency_cases.py
"""
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "conformance-tests", "cases", "concurrency")
count = {"run": 0, "reject": 0}


def case(section, name, spec, mode, desc, body, output=None, exit=None):
    d = os.path.join(ROOT, section)
    os.makedirs(d, exist_ok=True)
    lines = [f"// spec: {spec}", f"// mode: {mode}"]
    if exit is not None:
        lines.append(f"// exit: {exit}")
    lines.append(f"// {desc}")
    text = "\n".join(lines) + "\n" + body.strip("\n") + "\n"
    if output is not None:
        text += "// Output:\n" + "".join(("// " + o if o else "//") + "\n" for o in output)
    with open(os.path.join(d, name + ".lis"), "w") as f:
        f.write(text)
    count[mode] = count.get(mode, 0) + 1


# ---- worker pools ------------------------------------------------------------------------
for workers, jobs in [(1, 5), (2, 10), (3, 7), (4, 20), (5, 3), (8, 64), (2, 1), (3, 30), (6, 12), (16, 100)]:
    body = f'''
import "go:fmt"

fn worker(jobs: Receiver<int>, results: Sender<int>, done: Sender<()>) {{
  for j in jobs {{
    results.send(j * j)
  }}
  done.send(())
}}

fn main() {{
  let (job_tx, job_rx) = Channel.buffered<int>({jobs}).split()
  let (res_tx, res_rx) = Channel.buffered<int>({jobs}).split()
  let (done_tx, done_rx) = Channel.new<()>().split()
  for _ in 0..{workers} {{
    task worker(job_rx, res_tx, done_tx)
  }}
  for j in 0..{jobs} {{
    job_tx.send(j)
  }}
  job_tx.close()
  for _ in 0..{workers} {{
    done_rx.receive()
  }}
  res_tx.close()
  let mut total = 0
  let mut n = 0
  for r in res_rx {{
    total += r
    n += 1
  }}
  fmt.Println("results:", n)
  fmt.Println("sum of squares:", total)
}}
'''
    case("programs", f"worker_pool_{workers}_workers_{jobs}_jobs",
         "concurrency.task.call, concurrency.split.ends, concurrency.for.drain, concurrency.channel.close",
         "run", f"{workers} workers square {jobs} jobs; main waits for every worker, then drains the results.",
         body, [f"results: {jobs}", f"sum of squares: {sum(j*j for j in range(jobs))}"])

# ---- pipelines -----------------------------------------------------------------------------
for n, add in [(3, 0), (5, 1), (8, 10), (10, -3), (1, 100), (4, 1), (12, 7), (20, -1)]:
    vals = [i * i + add for i in range(1, n + 1)]
    evens = [v for v in vals if v % 2 == 0]
    body = f'''
import "go:fmt"

fn generate(n: int, out: Sender<int>) {{
  for i in 1..=n {{
    out.send(i)
  }}
  out.close()
}}

fn square(input: Receiver<int>, out: Sender<int>) {{
  for v in input {{
    out.send(v * v)
  }}
  out.close()
}}

fn shift(input: Receiver<int>, by: int, out: Sender<int>) {{
  for v in input {{
    out.send(v + by)
  }}
  out.close()
}}

fn keep_even(input: Receiver<int>, out: Sender<int>) {{
  for v in input {{
    if v % 2 == 0 {{
      out.send(v)
    }}
  }}
  out.close()
}}

fn main() {{
  let (a_tx, a_rx) = Channel.new<int>().split()
  let (b_tx, b_rx) = Channel.new<int>().split()
  let (c_tx, c_rx) = Channel.new<int>().split()
  let (d_tx, d_rx) = Channel.new<int>().split()
  task generate({n}, a_tx)
  task square(a_rx, b_tx)
  task shift(b_rx, {add}, c_tx)
  task keep_even(c_rx, d_tx)
  let mut kept = Slice.new<int>()
  for v in d_rx {{
    kept = kept.append(v)
  }}
  fmt.Println(kept)
}}
'''
    case("programs", f"pipeline_four_stages_{n}_shift_{str(add).replace('-', 'minus')}",
         "concurrency.task.call, concurrency.for.drain, concurrency.split.ends",
         "run", "A four-stage pipeline (generate, square, shift, keep even) keeps the order of its values.",
         body, ["[" + " ".join(str(v) for v in evens) + "]"])

# ---- fan-in ----------------------------------------------------------------------------------
for producers, each in [(2, 3), (3, 5), (4, 4), (6, 2), (10, 10), (1, 7), (5, 1), (8, 8)]:
    total = sum(p * 100 + i for p in range(producers) for i in range(each))
    body = f'''
import "go:fmt"

fn produce(id: int, count: int, out: Sender<int>, done: Sender<int>) {{
  for i in 0..count {{
    out.send(id * 100 + i)
  }}
  done.send(id)
}}

fn main() {{
  let merged = Channel.new<int>()
  let (out, input) = merged.split()
  let finished = Channel.buffered<int>({producers})
  let (done_tx, done_rx) = finished.split()
  for p in 0..{producers} {{
    task produce(p, {each}, out, done_tx)
  }}
  task {{
    for _ in 0..{producers} {{
      done_rx.receive()
    }}
    out.close()
  }}
  let mut sum = 0
  let mut count = 0
  for v in input {{
    sum += v
    count += 1
  }}
  fmt.Println(count, sum)
}}
'''
    case("programs", f"fan_in_{producers}_producers_{each}_each",
         "concurrency.task.call, concurrency.task.block, concurrency.for.drain, concurrency.channel.close",
         "run", "Producers send into one channel; a closer task closes it after every producer is done.",
         body, [f"{producers*each} {total}"])

# ---- ping-pong -------------------------------------------------------------------------------
for rounds in [1, 2, 5, 10, 100, 3, 50, 1000]:
    body = f'''
import "go:fmt"

fn player(name: string, input: Receiver<int>, out: Sender<int>) {{
  for ball in input {{
    out.send(ball + 1)
  }}
  fmt.Println(name, "leaves")
  out.close()
}}

fn main() {{
  let (ping_tx, ping_rx) = Channel.new<int>().split()
  let (pong_tx, pong_rx) = Channel.new<int>().split()
  task player("pong", ping_rx, pong_tx)
  let mut ball = 0
  for _ in 0..{rounds} {{
    ping_tx.send(ball)
    match pong_rx.receive() {{
      Some(b) => {{ ball = b }},
      None => {{ fmt.Println("unexpected close") }},
    }}
  }}
  ping_tx.close()
  let last = pong_rx.receive()
  fmt.Println("ball:", ball)
  fmt.Println(last)
}}
'''
    case("programs", f"ping_pong_{rounds}_rounds", "concurrency.channel.send, concurrency.channel.receive, concurrency.for.drain",
         "run", "Main and a player task pass a counter back and forth; closing ends the player, whose close gives main `None`.",
         body, ["pong leaves", f"ball: {rounds}", "None"])

# ---- close and drain -------------------------------------------------------------------------
for cap, n in [(0, 3), (1, 4), (3, 3), (5, 2), (10, 10), (2, 7), (0, 0), (1, 1), (4, 9), (0, 6)]:
    ctor = "Channel.new<string>()" if cap == 0 else f"Channel.buffered<string>({cap})"
    body = f'''
import "go:fmt"

fn main() {{
  let ch = {ctor}
  task {{
    for i in 0..{n} {{
      ch.send(f"item-{{i}}")
    }}
    ch.close()
  }}
  for v in ch {{
    fmt.Println(v)
  }}
  fmt.Println("drained")
  fmt.Println(ch.receive())
  fmt.Println(ch.send("late"))
}}
'''
    case("channels", f"close_and_drain_cap_{cap}_n_{n}",
         "concurrency.for.drain, concurrency.channel.close, concurrency.channel.receive, concurrency.channel.send, concurrency.task.capture",
         "run", "A producer task sends then closes; `for v in ch` drains in order; afterwards receive is None and send is false.",
         body, [f"item-{i}" for i in range(n)] + ["drained", "None", "false"])

# ---- buffer queries ------------------------------------------------------------------------------
for cap, k in [(1, 1), (2, 1), (4, 3), (8, 8), (3, 0), (6, 2), (5, 5), (10, 4)]:
    out = [f"{0} {cap} true"]
    for i in range(k):
        out.append(f"{i+1} {cap} false")
    body = f'''
import "go:fmt"

fn report(ch: Channel<int>) {{
  fmt.Println(ch.length(), ch.capacity(), ch.is_empty())
}}

fn main() {{
  let ch = Channel.buffered<int>({cap})
  report(ch)
  for i in 0..{k} {{
    ch.send(i)
    report(ch)
  }}
  let mut drained = 0
  while !ch.is_empty() {{
    ch.receive()
    drained += 1
  }}
  fmt.Println("drained", drained, ch.length())
}}
'''
    case("channels", f"buffer_queries_cap_{cap}_fill_{k}", "concurrency.channel.buffer, concurrency.channel.receive-statement",
         "run", "length, capacity and is_empty follow the buffer as it fills and drains.", body, out + [f"drained {k} 0"])

# ---- non-blocking select with default ------------------------------------------------------
for cap, tries in [(0, 2), (1, 3), (2, 2), (3, 5), (5, 5), (4, 1), (1, 1), (6, 8)]:
    out = []
    for i in range(tries):
        out.append(f"sent {i}" if i < cap else f"full at {i}")
    received = list(range(min(cap, tries)))
    body = f'''
import "go:fmt"

fn main() {{
  let ch = Channel.buffered<int>({cap})
  for i in 0..{tries} {{
    select {{
      ch.send(i) => fmt.Println("sent", i),
      _ => fmt.Println("full at", i),
    }}
  }}
  loop {{
    select {{
      match ch.receive() {{
        Some(v) => fmt.Println("got", v),
        None => break,
      }},
      _ => {{
        fmt.Println("empty")
        break
      }},
    }}
  }}
}}
'''
    case("select", f"select_default_send_cap_{cap}_tries_{tries}",
         "concurrency.select.default, concurrency.select.send, concurrency.select.match-receive, concurrency.select.loop",
         "run", "Try-sends with a default arm fill the buffer; try-receives drain it until the default arm breaks the loop.",
         body, out + [f"got {v}" for v in received] + ["empty"])

# ---- select over three closed channels ---------------------------------------------------
for a, b, c in [(1, 2, 3), (0, 0, 1), (4, 0, 2), (5, 5, 5), (2, 7, 1), (0, 0, 0), (9, 1, 0), (3, 3, 8)]:
    body = f'''
import "go:fmt"

fn filled(n: int, base: int) -> Channel<int> {{
  let ch = Channel.buffered<int>(n + 1)
  for i in 0..n {{
    ch.send(base + i)
  }}
  ch.close()
  ch
}}

fn main() {{
  let a = filled({a}, 0)
  let b = filled({b}, 100)
  let c = filled({c}, 1000)
  let mut open = 3
  let mut a_open = true
  let mut b_open = true
  let mut c_open = true
  let mut counts = [0, 0, 0]
  let mut sum = 0
  while open > 0 {{
    select {{
      match a.receive() {{
        Some(v) => {{ counts[0] += 1; sum += v }},
        None => if a_open {{ a_open = false; open -= 1 }},
      }},
      match b.receive() {{
        Some(v) => {{ counts[1] += 1; sum += v }},
        None => if b_open {{ b_open = false; open -= 1 }},
      }},
      match c.receive() {{
        Some(v) => {{ counts[2] += 1; sum += v }},
        None => if c_open {{ c_open = false; open -= 1 }},
      }},
    }}
  }}
  fmt.Println(counts, sum)
}}
'''
    s = sum(range(a)) + sum(100 + i for i in range(b)) + sum(1000 + i for i in range(c))
    case("select", f"select_three_closed_channels_{a}_{b}_{c}",
         "concurrency.select.match-receive, concurrency.select.arms, concurrency.channel.close",
         "run", "A loop selects over three closed, buffered channels; every value is seen once and every close is counted.",
         body, [f"[{a} {b} {c}] {s}"])

# ---- tasks capture loop variables -----------------------------------------------------------
for n in [1, 3, 5, 10, 25, 2, 50, 100]:
    body = f'''
import "go:fmt"

fn main() {{
  let results = Channel.buffered<int>({n})
  for i in 0..{n} {{
    task {{
      results.send(i * i)
    }}
  }}
  let mut sum = 0
  for _ in 0..{n} {{
    if let Some(v) = results.receive() {{
      sum += v
    }}
  }}
  fmt.Println(sum)
}}
'''
    case("tasks", f"task_captures_loop_variable_{n}", "concurrency.task.capture, concurrency.task.block",
         "run", "Each task block captures its own iteration variable.", body, [str(sum(i*i for i in range(n)))])

# ---- shared counter through a captured mutable variable, ordered by a channel ------------------
for n in [1, 4, 9, 20, 100, 2]:
    body = f'''
import "go:fmt"

fn main() {{
  let mut counter = 0
  let done = Channel.new<()>()
  task {{
    for i in 1..={n} {{
      counter += i
    }}
    done.send(())
  }}
  done.receive()
  fmt.Println(counter)
}}
'''
    case("tasks", f"task_shares_captured_counter_{n}", "concurrency.task.capture, concurrency.channel.unit, concurrency.channel.receive-statement",
         "run", "A task writes a captured `let mut`; the creator reads it after the done signal.", body, [str(n*(n+1)//2)])

# ---- actor owning state ---------------------------------------------------------------------
for deposits in [[10], [5, 7], [1, 2, 3, 4], [100, 250, 50], [0], [9, 9, 9, 9, 9, 9]]:
    balance = sum(deposits)
    lines = "\n".join(f"  requests.send(Request.Deposit({d}))" for d in deposits)
    body = f'''
import "go:fmt"

enum Request {{
  Deposit(int),
  Balance(Sender<int>),
  Stop,
}}

fn account(requests: Receiver<Request>, stopped: Sender<()>) {{
  let mut balance = 0
  for r in requests {{
    match r {{
      Request.Deposit(n) => {{ balance += n }},
      Request.Balance(reply) => {{ reply.send(balance) }},
      Request.Stop => break,
    }}
  }}
  stopped.send(())
}}

fn main() {{
  let (requests, inbox) = Channel.new<Request>().split()
  let (stopped_tx, stopped_rx) = Channel.new<()>().split()
  task account(inbox, stopped_tx)
{lines}
  let (reply_tx, reply_rx) = Channel.new<int>().split()
  requests.send(Request.Balance(reply_tx))
  fmt.Println("balance:", reply_rx.receive())
  requests.send(Request.Stop)
  stopped_rx.receive()
  fmt.Println("stopped")
}}
'''
    case("programs", f"account_actor_{len(deposits)}_deposits_total_{sum(deposits)}", "concurrency.for.drain, concurrency.split.ends, concurrency.channel.receive",
         "run", "An actor task owns a balance; requests carry a reply channel.", body, [f"balance: Some({balance})", "stopped"])

# ---- semaphore --------------------------------------------------------------------------------
for limit, tasks in [(1, 3), (2, 6), (3, 9), (4, 4), (2, 2), (5, 20)]:
    body = f'''
import "go:fmt"

fn main() {{
  let slots = Channel.buffered<()>({limit})
  let finished = Channel.buffered<int>({tasks})
  let peak = Channel.buffered<int>({tasks})
  for id in 0..{tasks} {{
    task {{
      slots.send(())
      peak.send(slots.length())
      finished.send(id)
      slots.receive()
    }}
  }}
  let mut ids = 0
  for _ in 0..{tasks} {{
    if let Some(id) = finished.receive() {{
      ids += id
    }}
  }}
  let mut max_seen = 0
  for _ in 0..{tasks} {{
    if let Some(n) = peak.receive() {{
      if n > max_seen {{
        max_seen = n
      }}
    }}
  }}
  fmt.Println("ids:", ids)
  fmt.Println("never above limit:", max_seen <= {limit})
}}
'''
    case("programs", f"semaphore_limit_{limit}_tasks_{tasks}", "concurrency.channel.buffer, concurrency.channel.unit, concurrency.task.block",
         "run", "A buffered Channel<()> bounds how many tasks hold a slot at once.", body,
         [f"ids: {sum(range(tasks))}", "never above limit: true"])

# ---- send on closed returns false, close idempotent -------------------------------------------------
for before in [0, 1, 3, 5, 2]:
    body = f'''
import "go:fmt"

fn main() {{
  let ch = Channel.buffered<int>(5)
  for i in 0..{before} {{
    fmt.Println("send", i, ch.send(i))
  }}
  ch.close()
  ch.close()
  fmt.Println("after close:", ch.send(99))
  let mut got = Slice.new<int>()
  while let Some(v) = ch.receive() {{
    got = got.append(v)
  }}
  fmt.Println(got, ch.receive(), ch.receive())
}}
'''
    out = [f"send {i} true" for i in range(before)] + ["after close: false", "[" + " ".join(str(i) for i in range(before)) + "] None None"]
    case("channels", f"send_on_closed_is_false_after_{before}", "concurrency.channel.send, concurrency.channel.close, concurrency.channel.receive",
         "run", "Closing twice is harmless; sending on a closed channel gives false; buffered values survive the close.", body, out)

# ---- shorthand receive arm -----------------------------------------------------------------
for values in [[], [1], [4, 5, 6], [10, 20], [1, 1, 1, 1]]:
    sends = "\n".join(f"  ch.send({v})" for v in values)
    body = f'''
import "go:fmt"

fn main() {{
  let ch = Channel.buffered<int>(4)
{sends}
  ch.close()
  let mut seen = 0
  loop {{
    let got = select {{
      let Some(v) = ch.receive() => v,
      _ => -1,
    }}
    if got < 0 {{
      break
    }}
    seen += got
  }}
  fmt.Println("sum", seen)
}}
'''
    case("select", f"select_shorthand_closed_falls_to_default_{len(values)}_sum_{sum(values)}",
         "concurrency.select.shorthand, concurrency.select.value, concurrency.select.default",
         "run", "A `let Some` arm on a closed channel is disabled, so the default arm gives the value.", body, [f"sum {sum(values)}"])

# ---- generic helpers ----------------------------------------------------------------------------
for kind, vals, show in [("int", ["3", "1", "2"], "[3 1 2]"), ("string", ['"a"', '"b"'], "[a b]"),
                         ("bool", ["true", "false", "true"], "[true false true]"), ("float64", ["1.5", "2.0"], "[1.5 2]")]:
    sends = ", ".join(vals)
    body = f'''
import "go:fmt"

fn feed<T>(values: Slice<T>) -> Receiver<T> {{
  let (tx, rx) = Channel.buffered<T>(values.length()).split()
  for v in values {{
    tx.send(v)
  }}
  tx.close()
  rx
}}

fn collect<T>(rx: Receiver<T>) -> Slice<T> {{
  let mut out = Slice.new<T>()
  for v in rx {{
    out = out.append(v)
  }}
  out
}}

fn main() {{
  let values: Slice<{kind}> = [{sends}]
  fmt.Println(collect(feed(values)))
}}
'''
    case("channels", f"generic_feed_and_collect_{kind}", "concurrency.channel.new, concurrency.for.drain, concurrency.split.ends",
         "run", "Generic functions build and drain channels of any element type.", body, [show])


# ---- the send-lowering rules: every producer shape gives the same results -----------------------
SHAPES = {
    "never_closed": ("""
  let ch = Channel.buffered<int>(N)
  task {
    for i in 0..N {
      ch.send(i)
    }
  }
  let mut sum = 0
  for _ in 0..N {
    if let Some(v) = ch.receive() {
      sum += v
    }
  }
""", "a channel type that is never closed"),
    "closed_by_sending_task": ("""
  let ch = Channel.buffered<int>(2)
  task {
    for i in 0..N {
      ch.send(i)
    }
    ch.close()
  }
  let mut sum = 0
  for v in ch {
    sum += v
  }
""", "a producer task that closes its channel after its last send"),
    "closed_by_sender_end": ("""
  let (tx, rx) = Channel.new<int>().split()
  task {
    for i in 0..N {
      tx.send(i)
    }
    tx.close()
  }
  let mut sum = 0
  for v in rx {
    sum += v
  }
""", "a producer task that closes the Sender end after its last send"),
    "closed_by_helper_function": ("""
  let ch = Channel.buffered<int>(N)
  for i in 0..N {
    ch.send(i)
  }
  finish(ch)
  let mut sum = 0
  for v in ch {
    sum += v
  }
""", "a channel closed by another function (the safe send is kept)"),
}
for shape, (code, what) in SHAPES.items():
    for n in [1, 10, 1000]:
        helper = """
fn finish(ch: Channel<int>) {
  ch.close()
}
""" if shape == "closed_by_helper_function" else ""
        body = """
import "go:fmt"
""" + helper + """
fn main() {
""" + code.replace("N", str(n)) + """  fmt.Println(sum)
  let spare = Channel.buffered<string>(1)
  finish_text(spare)
}

fn finish_text(ch: Channel<string>) {
  ch.close()
  fmt.Println(ch.send("late"))
}
"""
        case("lowering", f"send_shape_{shape}_{n}", "concurrency.channel.send, concurrency.channel.close",
             "run", f"Sends on {what}: the results do not depend on how the send is lowered.", body,
             [str(n * (n - 1) // 2), "false"])

print(count)
