package main

import "fmt"

func main() {
	total := 7
	fmt.Printf("100%% sure: %v\n", total)
	fmt.Printf("%v%%\n", total)
}
