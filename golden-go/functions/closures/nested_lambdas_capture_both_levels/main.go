package main

import "fmt"

func main() {
	calls := 0
	make_scaler := func(k int) func(int) int {
		return func(x int) int {
			calls += 1
			return x * k
		}
	}
	triple := make_scaler(3)
	half := make_scaler(-2)
	fmt.Println(triple(5), half(5), triple(1))
	fmt.Println(calls)
}
