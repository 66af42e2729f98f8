package main

import "fmt"

func main() {
	counter := 1
	if counter > 0 {
		counter := 100
		counter += 1
		fmt.Println(counter)
	}
	counter += 1
	fmt.Println(counter)
}
