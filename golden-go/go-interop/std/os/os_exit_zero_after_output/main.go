package main

import (
	"fmt"
	"os"
)

func parse_level(s string) int {
	switch s {
	case "low":
		return 1
	case "high":
		return 9
	default:
		fmt.Println("unknown level", s)
		os.Exit(0)
		panic("unreachable")
	}
}

func main() {
	fmt.Println(parse_level("low"))
	fmt.Println(parse_level("high"))
	fmt.Println(parse_level("medium"))
	fmt.Println("unreachable")
}
