package main

import "fmt"

func first_multiple(of, above int) int {
	n := above
	for {
		n += 1
		if n%of == 0 {
			return n
		}
	}
}

func report(n int) {
	if n < 0 {
		return
	}
	fmt.Println("n =", n)
}

func main() {
	odd := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	k := 3
	for k > 0 {
		k -= 1
	}
	var v int
	for {
		v = odd * 2
		break
	}
	report(-1)
	report(first_multiple(7, 20))
	fmt.Println(odd, k, v)
}
