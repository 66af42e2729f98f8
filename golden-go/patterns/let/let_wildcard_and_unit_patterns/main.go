package main

import "fmt"

func greet(name string) {
	fmt.Println("hi", name)
}

func main() {
	func() struct{} {
		greet("zoe")
		return struct{}{}
	}()
	greet("max")
	_, _, third := 1, 2, 3
	fmt.Println(third)
}
