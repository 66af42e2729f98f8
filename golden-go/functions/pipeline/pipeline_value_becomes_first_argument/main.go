package main

import "fmt"

func repeat_str(s string, times int) string {
	out := ""
	for i := 0; i < times; i++ {
		out = out + s
	}
	return out
}

func between(s, left, right string) string {
	return left + s + right
}

func main() {
	fmt.Println(repeat_str("ab", 3))
	fmt.Println(between("core", "[", "]"))
}
