package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func read(name string, v int) int {
	fmt.Println("read", name)
	return v
}

func main() {
	subject := lisette.Tuple3[int, int, int]{First: read("a", 1), Second: read("b", 0), Third: read("c", 5)}
	if subject.First == 0 {
		fmt.Println("a is zero")
	} else if subject.Second == 0 {
		c := subject.Third
		fmt.Println("b is zero, c =", c)
	} else {
		fmt.Println("none zero")
	}
}
