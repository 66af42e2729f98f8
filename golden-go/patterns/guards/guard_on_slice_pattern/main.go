package main

import "fmt"

func trend(xs []int) string {
	if len(xs) >= 2 {
		a := xs[0]
		b := xs[1]
		if b > a {
			return "rising"
		}
		a2 := xs[0]
		b2 := xs[1]
		if b2 < a2 {
			return "falling"
		}
		return "flat"
	}
	return "too short"
}

func main() {
	fmt.Println(trend([]int{1, 5, 2}), trend([]int{9, 3}), trend([]int{4, 4, 4}), trend([]int{7}))
}
