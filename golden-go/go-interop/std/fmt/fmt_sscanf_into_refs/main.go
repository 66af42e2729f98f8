package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	qty := 0
	fruit := ""
	r1 := &qty
	r2 := &fruit
	subject := lisette.PartialOf(fmt.Sscanf("7 apples", "%d %s", r1, r2))
	switch subject.Tag {
	case lisette.PartialOk:
		n := subject.OkVal
		fmt.Println("scanned", n, "->", *r1, *r2)
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println("error", e)
	case lisette.PartialBoth:
		n := subject.OkVal
		e := subject.ErrVal
		fmt.Println("partial", n, e)
	}
	subject2 := lisette.PartialOf(fmt.Sscanf("x apples", "%d %s", r1, r2))
	switch subject2.Tag {
	case lisette.PartialOk:
		n := subject2.OkVal
		fmt.Println("scanned", n)
	case lisette.PartialErr:
		e := subject2.ErrVal
		fmt.Println("error:", e)
	case lisette.PartialBoth:
		e := subject2.ErrVal
		fmt.Println("error:", e)
	}
	subject3 := lisette.PartialOf(fmt.Sscanf("5 pears", "%d %d", r1, r1))
	switch subject3.Tag {
	case lisette.PartialOk:
		n := subject3.OkVal
		fmt.Println("scanned", n)
	case lisette.PartialErr:
		e := subject3.ErrVal
		fmt.Println("error:", e)
	case lisette.PartialBoth:
		n := subject3.OkVal
		e := subject3.ErrVal
		fmt.Println("partial:", n, e, *r1)
	}
}
