package main

import "fmt"

func main() {
	limit := 40
	r := &limit
	doubled := *r * 2
	fmt.Println(*r, doubled)
}
