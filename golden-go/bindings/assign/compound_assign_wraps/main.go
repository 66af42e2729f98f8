package main

import "fmt"

func main() {
	var level int8 = 120
	level += 10
	var spare uint8 = 3
	spare -= 5
	fmt.Println(level, spare)
}
