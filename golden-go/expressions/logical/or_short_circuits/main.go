package main

import "fmt"

func check(name string, result bool) bool {
	fmt.Println("checking", name)
	return result
}

func main() {
	first := check("a", true) || check("b", false)
	fmt.Println("first:", first)
	second := check("c", false) || check("d", true)
	fmt.Println("second:", second)
}
