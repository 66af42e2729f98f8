package main

import "fmt"

func main() {
	for n := 6; n < 9; n++ {
		var parity string
		if n%2 == 0 {
			parity = "even"
		} else {
			parity = "odd"
		}
		fmt.Println(n, parity)
	}
}
