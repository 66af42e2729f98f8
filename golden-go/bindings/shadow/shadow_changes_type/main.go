package main

import "fmt"

func main() {
	width := 7
	fmt.Printf("%T\n", width)
	width2 := float64(width) * 1.5
	fmt.Printf("%T\n", width2)
	width3 := fmt.Sprintf("%.1f cm", width2)
	fmt.Printf("%T\n", width3)
	fmt.Println(width3)
}
