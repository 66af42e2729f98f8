package main

import "fmt"

func main() {
	langs := []string{"go", "lisette", "rust"}
	for _, l := range langs {
		var kind string
		switch l {
		case "go":
			kind = "compiled to native"
		case "lisette":
			kind = "compiled to go"
		default:
			kind = "other"
		}
		fmt.Println(l, kind)
	}
}
