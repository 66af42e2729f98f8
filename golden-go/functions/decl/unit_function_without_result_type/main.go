package main

import "fmt"

func greet(name string) {
	fmt.Printf("hello, %v\n", name)
}

func main() {
	greet("ada")
	greet("grace")
}
