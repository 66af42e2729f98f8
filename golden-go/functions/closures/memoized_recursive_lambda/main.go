package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	cache := map[int]int{}
	fib := func(_n int) int {
		return 0
	}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		subject := lisette.MapGet(cache, n)
		if subject.Tag == lisette.OptionSome {
			v := subject.SomeVal
			return v
		}
		v := fib(n-1) + fib(n-2)
		cache[n] = v
		return v
	}
	fmt.Println(fib(50), len(cache))
}
