package main

import "fmt"

func main() {
	name := "Ada"
	age := 36
	fmt.Printf("%v is %v years old\n", name, age)
	greeting := fmt.Sprintf("Hello, %v!", name)
	fmt.Println(greeting)
}
