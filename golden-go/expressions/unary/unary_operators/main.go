package main

import "fmt"

func main() {
	speed := 42
	drag := -1.5
	open := true
	var lowest int8 = -128
	fmt.Println(-speed, -drag, !open, -(-speed), !(!open), -lowest)
}
