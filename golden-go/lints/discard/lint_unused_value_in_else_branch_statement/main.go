package main

import "fmt"

func main() {
	verbose := false
	n := 4
	if verbose {
		fmt.Println("n is", n)
	} else {
		_ = n * 2
	}
	fmt.Println("end")
}
