package main

import "fmt"

func main() {
	a := true
	b := false
	c := false
	fmt.Println(a == b == c)
	fmt.Println(a != b != c)
	fmt.Println(1 < 2 == true)
}
