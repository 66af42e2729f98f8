package main

import "fmt"

func main() {
	parity := map[bool]int{}
	for _, n := range []int{1, 2, 3, 4, 5} {
		parity[n%2 == 0] += n
	}
	fmt.Println(parity)
}
