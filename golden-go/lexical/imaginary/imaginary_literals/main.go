package main

import "fmt"

func main() {
	fmt.Println(2i, 0.5i, 1e3i, 1_000i)
	fmt.Println(755i, 1.5+2i)
}
