package main

import (
	"fmt"
	"strings"
)

func apply(f func(string) []string, arg string) int {
	return len(f(arg))
}

func main() {
	xs := []int{4, 5}
	line := "a;b;c"
	size := func() int {
		return len(xs)
	}
	cut := func(sep string) []string {
		return strings.Split(line, sep)
	}
	fmt.Println(size(), apply(cut, ";"), apply(cut, ","))
}
