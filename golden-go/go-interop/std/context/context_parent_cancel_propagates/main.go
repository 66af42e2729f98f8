package main

import (
	"context"
	"fmt"
	lisette "lisette.dev/prelude"
)

func state(name string, ctx context.Context) {
	var s string
	if lisette.ResultOfErr(ctx.Err()).IsOk() {
		s = "alive"
	} else {
		s = "cancelled"
	}
	fmt.Printf("%v: %v\n", name, s)
}

func main() {
	subject := lisette.MakeTuple2(context.WithCancel(context.Background()))
	parent := subject.First
	cancel_parent := subject.Second
	subject2 := lisette.MakeTuple2(context.WithCancel(parent))
	child_a := subject2.First
	cancel_a := subject2.Second
	subject3 := lisette.MakeTuple2(context.WithCancel(parent))
	child_b := subject3.First
	cancel_b := subject3.Second
	detached := context.WithoutCancel(parent)
	cancel_a()
	state("parent", parent)
	state("child a", child_a)
	state("child b", child_b)
	cancel_parent()
	state("parent", parent)
	state("child b", child_b)
	state("detached", detached)
	cancel_b()
}
