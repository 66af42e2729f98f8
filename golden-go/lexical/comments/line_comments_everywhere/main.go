package main

import "fmt"

func to_seconds(minutes int) int {
	return minutes * 60
}

func main() {
	url := "https://example.com/docs"
	fmt.Println(url)
	fmt.Println(to_seconds(3))
}
