package main

import "fmt"

func main() {
	base := []string{"a", "b", "c", "d"}
	mid := base[1:2:2]
	joined := append(mid, []string{"x", "y"}...)
	fmt.Println(base, joined)
}
