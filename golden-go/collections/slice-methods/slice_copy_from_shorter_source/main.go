package main

import "fmt"

func main() {
	buf := []int{0, 0, 0, 0}
	n := copy(buf, []int{5, 6})
	fmt.Println(n, buf)
}
