package main

import "fmt"

func main() {
	i := 0
	readers := []func() int{}
	for i < 3 {
		snapshot := i * 10
		readers = append(readers, func() int {
			return snapshot
		})
		i += 1
	}
	for _, r := range readers {
		fmt.Println(r())
	}
}
