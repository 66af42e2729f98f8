package main

import "fmt"

func label(n int) string {
	fmt.Println("building label", n)
	return fmt.Sprintf("#%v", n)
}

func tag(n int) string {
	defer fmt.Println("tag done")
	if n > 9 {
		return label(n)
	}
	return "small"
}

func main() {
	fmt.Println(tag(12))
	fmt.Println(tag(3))
}
