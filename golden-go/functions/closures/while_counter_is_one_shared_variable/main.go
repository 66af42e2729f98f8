package main

import "fmt"

func main() {
	i := 0
	readers := []func() int{}
	for i < 3 {
		readers = append(readers, func() int {
			return i
		})
		i += 1
	}
	for _, r := range readers {
		fmt.Println(r())
	}
}
