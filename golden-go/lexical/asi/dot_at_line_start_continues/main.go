package main

import "fmt"

func main() {
	count := 3
	message := fmt.Sprintf("%d items", count)
	fmt.Println(message)
}
