package main

import "fmt"

func main() {
	xs := []int{10, 20, 30}
	i := 0
	for i < 5 {
		fmt.Println(xs[i])
		i += 1
	}
}
