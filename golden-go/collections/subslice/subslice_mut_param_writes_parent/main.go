package main

import "fmt"

func zero_fill(part []int) {
	for i, end := 0, len(part); i < end; i++ {
		part[i] = 0
	}
}

func main() {
	data := []int{5, 6, 7, 8}
	zero_fill(data[1:3:3])
	fmt.Println(data)
}
