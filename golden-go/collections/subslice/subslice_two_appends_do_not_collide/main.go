package main

import "fmt"

func main() {
	base := []int{1, 2, 3, 4}
	prefix := base[:2:2]
	a := append(prefix, 10)
	b := append(prefix, 20)
	fmt.Println(a, b, base)
}
