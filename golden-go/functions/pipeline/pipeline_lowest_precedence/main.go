package main

import "fmt"

func square(n int) int {
	return n * n
}

func show(n int) string {
	return fmt.Sprintf("<%v>", n)
}

func main() {
	a := square(2 + 3)
	b := show(1 + 2*3)
	fmt.Println(a, b)
}
