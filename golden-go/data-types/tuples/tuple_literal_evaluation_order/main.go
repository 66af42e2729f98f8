package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func step(name string, v int) int {
	fmt.Println(name)
	return v
}

func main() {
	t := lisette.Tuple3[int, int, int]{First: step("first", 1), Second: step("second", 2), Third: step("third", 3)}
	fmt.Println(t)
}
