package main

import "fmt"

func main() {
	s := "hello"
	a := 4
	b := 2
	fmt.Println("cutting")
	fmt.Println(s[a:b])
}
