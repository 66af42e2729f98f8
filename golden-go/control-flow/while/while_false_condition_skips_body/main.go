package main

import "fmt"

func main() {
	fuel := 0
	for fuel > 0 {
		fmt.Println("burning")
		fuel -= 1
	}
	fmt.Printf("fuel left: %v\n", fuel)
}
