package main

import "fmt"

func main() {
	total := 10
	total2 := total
	total2 += 5
	total2 *= 2
	fmt.Println(total2)
}
