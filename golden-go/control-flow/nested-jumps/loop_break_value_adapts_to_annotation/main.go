package main

import "fmt"

func main() {
	attempts := 0
	var ratio float64
	for {
		attempts += 1
		if attempts == 4 {
			ratio = 1.0
			break
		}
	}
	fmt.Println(ratio/4.0, attempts)
}
