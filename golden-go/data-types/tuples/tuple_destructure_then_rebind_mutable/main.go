package main

import "fmt"

func main() {
	lo, hi := 1, 9
	lo2 := lo
	hi2 := hi
	for lo2 < hi2 {
		lo2 += 2
		hi2 -= 1
	}
	fmt.Println(lo2, hi2)
}
