package main

import "fmt"

func register(registry map[string]int, name string) {
	id := len(registry) + 1
	registry[name] = id
}

func main() {
	registry := map[string]int{}
	register(registry, "ann")
	register(registry, "bob")
	fmt.Println(registry)
}
