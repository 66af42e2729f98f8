package main

import "fmt"

func double(n int) int {
	return n * 2
}

func main() {
	offset := 100
	steps := []func(int) int{double, func(n int) int {
		return n + offset
	}, func(n int) int {
		return n - 1
	}}
	v := 5
	for _, step := range steps {
		v = step(v)
		fmt.Println(v)
	}
}
