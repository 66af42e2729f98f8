package main

import "fmt"

func measure(line string, strict bool) int {
	scratch := 0
	_ = scratch
	return len(line)
}

func main() {
	fmt.Println(measure("hello", true))
}
