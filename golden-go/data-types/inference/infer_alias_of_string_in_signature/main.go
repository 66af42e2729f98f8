package main

import "fmt"

func greet(n string) string {
	return "hello, " + n
}

func main() {
	n := "Ola"
	s := greet(n)
	fmt.Println(s, len(s))
}
