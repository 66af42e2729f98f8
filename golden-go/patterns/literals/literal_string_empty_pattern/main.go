package main

import "fmt"

func greeting(name string) string {
	switch name {
	case "":
		return "Hello, stranger!"
	case "admin":
		return "Welcome back, administrator."
	default:
		n := name
		return fmt.Sprintf("Hello, %v!", n)
	}
}

func main() {
	fmt.Println(greeting(""))
	fmt.Println(greeting("admin"))
	fmt.Println(greeting("Ada"))
}
