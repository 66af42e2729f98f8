package main

import "fmt"

func compute() int {
	fmt.Println("computing result")
	return 42
}

func answer() int {
	defer fmt.Println("deferred runs")
	return compute()
}

func main() {
	fmt.Println("answer:", answer())
}
