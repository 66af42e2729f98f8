package main

import "fmt"

func trace(label string, value int) int {
	fmt.Printf("evaluating %v\n", label)
	return value
}

func combine(a, b, c int) int {
	fmt.Println("body runs")
	return a*100 + b*10 + c
}

func main() {
	code := combine(trace("first", 1), trace("second", 2), trace("third", 3))
	fmt.Println(code)
}
