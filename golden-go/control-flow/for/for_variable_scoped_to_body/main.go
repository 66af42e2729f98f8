package main

import "fmt"

func main() {
	i := 100
	for i2 := 0; i2 < 3; i2++ {
		doubled := i2 * 2
		fmt.Println(doubled)
	}
	fmt.Println(i)
}
