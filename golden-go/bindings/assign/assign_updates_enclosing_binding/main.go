package main

import "fmt"

func main() {
	largest := 0
	count := 0
	for n := 1; n <= 30; n++ {
		if n%7 == 0 {
			largest = n
			count += 1
		}
	}
	fmt.Println(largest, count)
}
