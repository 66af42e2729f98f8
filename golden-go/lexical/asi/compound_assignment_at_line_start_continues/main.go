package main

import "fmt"

func main() {
	n := 10
	n += 5
	n -= 3
	n *= 2
	n /= 4
	r := n % 4
	fmt.Println(n, r)
}
