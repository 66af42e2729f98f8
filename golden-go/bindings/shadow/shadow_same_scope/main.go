package main

import "fmt"

func main() {
	reading := 5
	original := reading
	reading2 := reading * 2
	reading3 := reading2 + 1
	fmt.Println(original, reading3)
}
