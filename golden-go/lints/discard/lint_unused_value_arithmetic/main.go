package main

import "fmt"

func main() {
	count := 5
	_ = count + 1
	fmt.Println(count)
}
