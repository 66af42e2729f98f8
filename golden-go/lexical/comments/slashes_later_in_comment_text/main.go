package main

import "fmt"

func main() {
	ratio := 10 / 4
	fmt.Println(ratio)
}
