package main

import "fmt"

func main() {
	n := 0
	var first int
	for {
		n += 7
		if n%5 == 0 {
			first = n
			break
		}
	}
	fmt.Println(first)
}
