package main

import "fmt"

func check(name string, result bool) bool {
	fmt.Println("checking", name)
	return result
}

func main() {
	first := check("a", false) && check("b", true)
	fmt.Println("first:", first)
	second := check("c", true) && check("d", false)
	fmt.Println("second:", second)
}
