package main

import "fmt"

func main() {
	name := "draft"
	r := &name
	name = "final"
	fmt.Println(*r)
}
