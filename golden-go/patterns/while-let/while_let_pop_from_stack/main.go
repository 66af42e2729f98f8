package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func pop(stack []int) lisette.Option[lisette.Tuple2[int, []int]] {
	n := len(stack)
	if n == 0 {
		return lisette.MakeOptionNone[lisette.Tuple2[int, []int]]()
	}
	return lisette.MakeOptionSome[lisette.Tuple2[int, []int]](lisette.Tuple2[int, []int]{First: stack[n-1], Second: lisette.SliceRange(stack, 0, n-1)})
}

func main() {
	stack := []int{1, 2, 3, 4}
	popped := 0
	for {
		subject := pop(stack)
		if subject.Tag != lisette.OptionSome {
			break
		}
		top := subject.SomeVal.First
		rest := subject.SomeVal.Second
		fmt.Println("popped", top)
		popped += top
		stack = rest
	}
	fmt.Println("sum", popped, "left", len(stack))
}
