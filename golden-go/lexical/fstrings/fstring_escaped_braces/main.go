package main

import "fmt"

func main() {
	key := "port"
	value := 8080
	fmt.Printf("{%v: %v}\n", key, value)
	fmt.Printf("use {name} as a placeholder for %v\n", key)
	fmt.Printf("}{ %v\n", value)
}
