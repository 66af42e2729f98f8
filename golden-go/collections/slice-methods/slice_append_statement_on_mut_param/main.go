package main

import "fmt"

func add_guest(list []string, name string) []string {
	list = append(list, name)
	return list
}

func main() {
	guests := []string{"ann"}
	updated := add_guest(guests, "bob")
	fmt.Println(guests, updated)
}
