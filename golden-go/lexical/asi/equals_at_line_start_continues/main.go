package main

import "fmt"

func main() {
	total := 5
	best := 1
	best = total * 2
	fmt.Println(total, best)
}
