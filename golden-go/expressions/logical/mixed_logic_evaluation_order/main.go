package main

import "fmt"

func check(name string, result bool) bool {
	fmt.Println("checking", name)
	return result
}

func main() {
	result := check("a", false) || check("b", false) && check("c", true)
	fmt.Println(result)
	other := check("d", true) || check("e", false) && check("f", false)
	fmt.Println(other)
}
