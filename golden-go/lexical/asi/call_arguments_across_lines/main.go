package main

import "fmt"

func volume(length, width, height int) int {
	return length * width * height
}

func main() {
	v := volume(2, 3, 4)
	fmt.Println("volume:", v)
}
