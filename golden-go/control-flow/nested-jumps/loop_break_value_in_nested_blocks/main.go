package main

import "fmt"

func main() {
	n := 1
	var parity string
	for {
		{
			n *= 3
			if n > 50 {
				if n%2 == 0 {
					parity = "even"
					break
				} else {
					parity = "odd"
					break
				}
			}
		}
	}
	fmt.Println(parity, n)
}
