package main

import "fmt"

func main() {
	calls := 0
	ready := true
	if ready {
		calls += 1
		_ = calls * 100
	}
	if !ready {
		calls += 10
	}
	fmt.Println(calls)
}
