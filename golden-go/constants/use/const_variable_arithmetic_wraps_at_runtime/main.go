package main

import "fmt"

const BASE int8 = 100

func main() {
	level := BASE
	level += BASE
	fmt.Println(level)
}
