package main

import "fmt"

func main() {
	none := []int{}
	ran := 0
	for _, n := range none {
		ran += n + 1
	}
	fmt.Println(ran)
}
