package main

import "fmt"

func fail(reason string) int {
	panic(fmt.Sprintf("fatal: %v", reason))
}

func parse_flag(s string) int {
	switch s {
	case "on":
		return 1
	case "off":
		return 0
	default:
		return fail(s)
	}
}

func main() {
	fmt.Println(parse_flag("on"))
	fmt.Println(parse_flag("off"))
	fmt.Println(parse_flag("maybe"))
}
