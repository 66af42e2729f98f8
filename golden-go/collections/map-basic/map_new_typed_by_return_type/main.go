package main

import "fmt"

func inventory() map[string]int {
	m := map[string]int{}
	m["bolt"] = 40
	return m
}

func empty_index() map[int]string {
	return map[int]string{}
}

func main() {
	fmt.Println(inventory(), len(empty_index()))
}
