package main

import "fmt"

func tick() {
	fmt.Println("tick")
}

func main() {
	var a int
	func() struct{} {
		tick()
		return struct{}{}
	}()
	a = 1
	var b int
	func() struct{} {
		tick()
		return struct{}{}
	}()
	b = 2
	fmt.Println(a + b)
}
