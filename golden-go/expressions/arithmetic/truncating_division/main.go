package main

import "fmt"

func main() {
	a := 7
	b := -7
	fmt.Println(a/2, b/2, a/-2, b/-2)
	fmt.Println(1/3, b/8)
}
