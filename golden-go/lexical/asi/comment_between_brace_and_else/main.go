package main

import "fmt"

func size(n int) string {
	if n > 100 {
		return "large"
	} else {
		return "small"
	}
}

func main() {
	fmt.Println(size(500), size(5))
}
