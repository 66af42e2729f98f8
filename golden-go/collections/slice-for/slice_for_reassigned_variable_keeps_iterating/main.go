package main

import "fmt"

func main() {
	names := []string{"a", "b", "c"}
	for _, n := range names {
		names = []string{"z"}
		fmt.Println(n)
	}
	fmt.Println(names)
}
