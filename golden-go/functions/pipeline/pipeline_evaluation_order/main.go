package main

import "fmt"

func trace(label string, v int) int {
	fmt.Println(label)
	return v
}

func combine(a, b, c int) int {
	return a*100 + b*10 + c
}

func main() {
	r := combine(trace("piped", 1), trace("second", 2), trace("third", 3))
	fmt.Println(r)
}
