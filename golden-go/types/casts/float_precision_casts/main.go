package main

import "fmt"

func main() {
	tenth := 0.1
	single := float32(tenth)
	back := float64(single)
	fmt.Println(single, back)
	big := 16777217
	fmt.Println(float32(big), float64(big))
}
