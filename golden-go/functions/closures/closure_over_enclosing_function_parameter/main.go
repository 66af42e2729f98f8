package main

import "fmt"

func make_greeter(greeting, punct string) func(string) string {
	return func(name string) string {
		return greeting + ", " + name + punct
	}
}

func main() {
	hello := make_greeter("Hello", "!")
	bye := make_greeter("Bye", ".")
	fmt.Println(hello("Ada"))
	fmt.Println(bye("Ada"))
	fmt.Println(hello("Linus"))
}
