package main

import "fmt"

func main() {
	guests := []string{"ann", "bob", "cy"}
	fmt.Println(guests)
	fmt.Printf("guests: %v\n", guests)
}
