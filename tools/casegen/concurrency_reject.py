#!/usr/bin/env python3
"""Reject cases of the concurrency chapter: one misuse each, annotated with its code."""
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "conformance-tests", "cases", "concurrency", "errors")
os.makedirs(ROOT, exist_ok=True)
n = 0


def reject(name, spec, desc, body):
    global n
    with open(os.path.join(ROOT, name + ".lis"), "w") as f:
        f.write(f"// spec: {spec}\n// mode: reject\n// {desc}\n" + body.strip("\n") + "\n")
    n += 1


R = [
 ("task_as_let_value", "concurrency.task.statement", "A task has no value.", '''
fn work() {}

fn main() {
  let t = task work() //~ ERROR infer.task_in_expression_position
}
'''),
 ("task_as_argument", "concurrency.task.statement", "A task cannot be an argument.", '''
fn work() {}

fn take(x: ()) {}

fn main() {
  take(task work()) //~ ERROR infer.task_in_expression_position
}
'''),
 ("task_block_as_tail_value", "concurrency.task.statement", "A task cannot end a block whose value is used.", '''
fn main() {
  let x: int = {
    task { } //~ ERROR infer.statement_as_tail
  }
}
'''),
 ("task_call_with_question_mark", "concurrency.task.propagate", "Nothing receives the failure of a task.", '''
fn fallible() -> Result<int, string> {
  Ok(1)
}

fn run() -> Result<int, string> {
  task fallible()? //~ ERROR infer.propagate_in_task
  Ok(0)
}

fn main() {
  let _ = run()
}
'''),
 ("question_mark_inside_task_block", "concurrency.task.propagate", "A task block returns (): `?` has nowhere to go.", '''
fn fallible() -> Result<int, string> {
  Ok(1)
}

fn run() -> Result<int, string> {
  task {
    let v = fallible()? //~ ERROR infer.try_return_type_mismatch
  }
  Ok(0)
}

fn main() {
  let _ = run()
}
'''),
 ("break_out_of_task_block", "concurrency.task.block", "A task block cannot break the loop that spawned it.", '''
fn main() {
  for i in 0..3 {
    task {
      break //~ ERROR infer.break_outside_loop
    }
  }
}
'''),
 ("continue_out_of_task_block", "concurrency.task.block", "A task block cannot continue the loop that spawned it.", '''
fn main() {
  loop {
    task {
      continue //~ ERROR infer.continue_outside_loop
    }
    break
  }
}
'''),
 ("return_value_from_task_block", "concurrency.task.block", "`return` in a task block ends the task; it takes no value.", '''
fn answer() -> int {
  task {
    return 42 //~ ERROR infer.type_mismatch
  }
  0
}

fn main() {
  let _ = answer()
}
'''),
 ("channel_new_without_element_type", "concurrency.channel.new", "Nothing fixes the element type.", '''
fn main() {
  let ch = Channel.new() //~ ERROR infer.missing_type_argument
}
'''),
 ("channel_buffered_without_element_type", "concurrency.channel.new", "Nothing fixes the element type.", '''
fn main() {
  let ch = Channel.buffered(4) //~ ERROR infer.missing_type_argument
}
'''),
 ("send_wrong_element_type", "concurrency.channel.send", "The sent value must have the element type.", '''
fn main() {
  let ch = Channel.buffered<int>(1)
  ch.send("one") //~ ERROR infer.type_mismatch
}
'''),
 ("receive_into_wrong_type", "concurrency.channel.receive", "A receive gives Option<T>.", '''
fn main() {
  let ch = Channel.buffered<int>(1)
  let v: int = ch.receive() //~ ERROR infer.type_mismatch
}
'''),
 ("buffered_capacity_not_int", "concurrency.channel.new", "The capacity is an int.", '''
fn main() {
  let ch = Channel.buffered<int>("four") //~ ERROR infer.type_mismatch
}
'''),
 ("channel_send_as_value", "concurrency.channel.method-value", "Channel methods are native: call them.", '''
fn main() {
  let ch = Channel.buffered<int>(1)
  let f = ch.send //~ ERROR infer.native_method_value
}
'''),
 ("channel_receive_as_value", "concurrency.channel.method-value", "Channel methods are native: call them.", '''
fn main() {
  let ch = Channel.buffered<int>(1)
  let f = ch.receive //~ ERROR infer.native_method_value
}
'''),
 ("send_on_receiver", "concurrency.split.direction", "A Receiver cannot send.", '''
fn main() {
  let (tx, rx) = Channel.buffered<int>(1).split()
  tx.send(1)
  rx.send(2) //~ ERROR infer.expected_channel_send
}
'''),
 ("close_receiver", "concurrency.split.direction", "A Receiver cannot close the channel.", '''
fn stop(rx: Receiver<int>) {
  rx.close() //~ ERROR infer.expected_channel_send
}

fn main() {
  let (_tx, rx) = Channel.buffered<int>(1).split()
  stop(rx)
}
'''),
 ("receive_from_sender", "concurrency.split.direction", "A Sender cannot receive.", '''
fn drain(tx: Sender<int>) {
  let v = tx.receive() //~ ERROR infer.expected_channel_receive
}

fn main() {
  let (tx, _rx) = Channel.buffered<int>(1).split()
  drain(tx)
}
'''),
 ("split_a_sender", "concurrency.split.direction", "Only a Channel can be split.", '''
fn main() {
  let (tx, _rx) = Channel.buffered<int>(1).split()
  let pair = tx.split() //~ ERROR infer.member_not_found
}
'''),
 ("channel_passed_as_sender", "concurrency.channel.types", "A Channel is not a Sender: split it.", '''
fn produce(out: Sender<int>) {
  out.send(1)
}

fn main() {
  let ch = Channel.buffered<int>(1)
  produce(ch) //~ ERROR infer.type_mismatch
}
'''),
 ("receiver_passed_as_channel", "concurrency.channel.types", "A Receiver is not a Channel.", '''
fn consume(ch: Channel<int>) {
  ch.close()
}

fn main() {
  let (_tx, rx) = Channel.buffered<int>(1).split()
  consume(rx) //~ ERROR infer.type_mismatch
}
'''),
 ("channel_element_types_invariant", "concurrency.channel.types", "Channel<int> is not Channel<int64>.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  let b: Channel<int64> = a //~ ERROR infer.type_mismatch
}
'''),
 ("iterate_over_sender", "concurrency.for.drain", "A Sender cannot be received from.", '''
fn main() {
  let (tx, _rx) = Channel.buffered<int>(1).split()
  for v in tx { //~ ERROR infer.not_iterable
  }
}
'''),
 ("empty_select", "concurrency.select.empty", "A select without arms.", '''
fn main() {
  select { } //~ ERROR infer.empty_select
}
'''),
 ("two_default_arms", "concurrency.select.default", "At most one `_` arm.", '''
fn main() {
  let ch = Channel.buffered<int>(1)
  select {
    ch.receive() => (),
    _ => (),
    _ => (), //~ ERROR infer.duplicate_select_default
  }
}
'''),
 ("two_shorthand_receive_arms", "concurrency.select.shorthand", "At most one `let Some` arm.", '''
import "go:fmt"

fn main() {
  let a = Channel.buffered<int>(1)
  let b = Channel.buffered<int>(1)
  select {
    let Some(x) = a.receive() => fmt.Println(x),
    let Some(y) = b.receive() => fmt.Println(y), //~ ERROR infer.multiple_select_receives
    _ => (),
  }
}
'''),
 ("shorthand_bare_identifier", "concurrency.select.shorthand", "`let v =` must be `let Some(v) =`.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    let v = a.receive() => (), //~ ERROR infer.bare_identifier_in_select_receive
    _ => (),
  }
}
'''),
 ("shorthand_none_pattern", "concurrency.select.shorthand", "`let None` would never run.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    let None = a.receive() => (), //~ ERROR infer.none_pattern_in_select_receive
    _ => (),
  }
}
'''),
 ("shorthand_refutable_pattern", "concurrency.select.shorthand", "The pattern inside Some must be irrefutable.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    let Some(0) = a.receive() => (), //~ ERROR infer.select_receive_refutable_pattern
    _ => (),
  }
}
'''),
 ("shorthand_refutable_variant", "concurrency.select.shorthand", "An enum variant pattern is refutable.", '''
enum Msg {
  Ping,
  Data(int),
}

fn main() {
  let a = Channel.buffered<Msg>(1)
  select {
    let Some(Msg.Data(n)) = a.receive() => (), //~ ERROR infer.select_receive_refutable_pattern
    _ => (),
  }
}
'''),
 ("match_receive_missing_none", "concurrency.select.match-receive", "A match receive needs its None arm.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    match a.receive() { //~ ERROR infer.select_match_missing_none_arm
      Some(v) => (),
    },
    _ => (),
  }
}
'''),
 ("match_receive_missing_some", "concurrency.select.match-receive", "A match receive needs its Some arm.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    match a.receive() { //~ ERROR infer.select_match_missing_some_arm
      None => (),
    },
    _ => (),
  }
}
'''),
 ("match_receive_two_some_arms", "concurrency.select.match-receive", "One Some arm only.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    match a.receive() {
      Some(v) => (),
      Some(w) => (), //~ ERROR infer.select_match_duplicate_some_arm
      None => (),
    },
  }
}
'''),
 ("match_receive_two_none_arms", "concurrency.select.match-receive", "One None arm only.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    match a.receive() {
      Some(v) => (),
      None => (),
      None => (), //~ ERROR infer.select_match_duplicate_none_arm
    },
  }
}
'''),
 ("match_receive_guard", "concurrency.select.match-receive", "No guards in a match receive.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    match a.receive() {
      Some(v) if v > 0 => (), //~ ERROR infer.select_match_guard_not_allowed
      None => (),
    },
  }
}
'''),
 ("match_receive_wildcard_arm", "concurrency.select.match-receive", "Only Some(p) and None.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    match a.receive() {
      Some(v) => (),
      _ => (), //~ ERROR infer.select_match_invalid_pattern
    },
  }
}
'''),
 ("match_receive_refutable_inner", "concurrency.select.match-receive", "The Some pattern must be irrefutable.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    match a.receive() {
      Some(1) => (), //~ ERROR infer.select_receive_refutable_pattern
      None => (),
    },
  }
}
'''),
 ("select_arm_not_channel_operation", "concurrency.select.operand", "An arm must be a channel operation.", '''
fn ready() -> bool {
  true
}

fn main() {
  select {
    ready() => (), //~ ERROR infer.invalid_select_arm
    _ => (),
  }
}
'''),
 ("select_receive_on_sender", "concurrency.select.operand", "A Sender cannot receive in a select.", '''
fn main() {
  let (tx, _rx) = Channel.buffered<int>(1).split()
  select {
    tx.receive() => (), //~ ERROR infer.expected_channel_receive
    _ => (),
  }
}
'''),
 ("select_send_on_receiver", "concurrency.select.operand", "A Receiver cannot send in a select.", '''
fn main() {
  let (_tx, rx) = Channel.buffered<int>(1).split()
  select {
    rx.send(1) => (), //~ ERROR infer.expected_channel_send
    _ => (),
  }
}
'''),
 ("select_receive_on_non_channel", "concurrency.select.operand", "A let Some arm must receive from a channel.", '''
fn lookup() -> Option<int> {
  Some(1)
}

fn main() {
  select {
    let Some(v) = lookup() => (), //~ ERROR infer.expected_channel_receive
    _ => (),
  }
}
'''),
 ("select_match_on_non_channel", "concurrency.select.operand", "A match arm of select must receive from a channel.", '''
struct Inbox {
  n: int,
}

impl Inbox {
  fn receive(self) -> Option<int> {
    Some(self.n)
  }
}

fn main() {
  let inbox = Inbox { n: 1 }
  select {
    match inbox.receive() { //~ ERROR infer.expected_channel_receive
      Some(v) => (),
      None => (),
    },
    _ => (),
  }
}
'''),
 ("select_if_as_channel_operand", "concurrency.select.complex", "Channel operands must be simple.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  let b = Channel.buffered<int>(1)
  let first = true
  select {
    (if first { a } else { b }).receive() => (), //~ ERROR infer.complex_select_expression
    _ => (),
  }
}
'''),
 ("select_match_as_sent_value", "concurrency.select.complex", "Sent values must be simple.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  let n = 2
  select {
    a.send(match n { 0 => 1, _ => 2 }) => (), //~ ERROR infer.complex_select_expression
    _ => (),
  }
}
'''),
 ("select_value_without_default", "concurrency.select.value", "A valued select with a let Some arm needs `_`.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  let b = Channel.buffered<int>(1)
  let v = select { //~ ERROR infer.non_exhaustive_select_expression
    let Some(x) = a.receive() => x,
    b.receive() => 0,
  }
}
'''),
 ("select_as_argument", "concurrency.select.value", "A select cannot be an operand.", '''
import "go:fmt"

fn main() {
  let a = Channel.buffered<int>(1)
  fmt.Println(select { //~ ERROR infer.complex_sub_expression
    a.receive() => 1,
    _ => 2,
  })
}
'''),
 ("select_arms_disagree", "concurrency.select.value", "Arm values unify.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  let v = select {
    a.receive() => 1,
    _ => "none", //~ ERROR infer.type_mismatch
  }
}
'''),
 ("select_send_wrong_type", "concurrency.select.send", "A send arm checks the element type.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    a.send(true) => (), //~ ERROR infer.type_mismatch
    _ => (),
  }
}
'''),
 ("break_value_from_select_in_while", "concurrency.select.loop", "break inside a select arm refers to the enclosing while.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  while true {
    select {
      a.receive() => break 1, //~ ERROR infer.break_value_in_non_loop
      _ => (),
    }
  }
}
'''),
 ("break_in_select_outside_loop", "concurrency.select.loop", "A select is not a loop.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  select {
    a.receive() => (),
    _ => break, //~ ERROR infer.break_outside_loop
  }
}
'''),
 ("receive_unknown_method", "concurrency.channel.receive", "Misspelled channel methods get suggestions.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  let n = a.len() //~ ERROR infer.member_not_found
}
'''),
 ("send_missing_argument", "concurrency.channel.send", "send takes the value.", '''
fn main() {
  let a = Channel.buffered<int>(1)
  a.send() //~ ERROR infer.arg_count_mismatch
}
'''),
]
for r in R:
    reject(*r)
print("reject", n)
