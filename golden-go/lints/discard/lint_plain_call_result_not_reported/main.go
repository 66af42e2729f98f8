package main

import "fmt"

func add_item(items []string, item string) int {
	fmt.Println("adding", item, "to", len(items), "items")
	return len(items) + 1
}

func main() {
	items := []string{"a"}
	_ = add_item(items, "b")
	fmt.Println("ok")
}
