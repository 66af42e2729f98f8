package main

import "fmt"

func main() {
	a := 3
	b := 5
	x := 2.5
	y := -0.5
	fmt.Println(a < b, a > b, a <= 3, b >= 6, a == 3, a != 3)
	fmt.Println(x > y, x <= 2.5, y < -1.0, x == 2.5)
	var level uint8 = 200
	fmt.Println(level > 100, level == 200)
}
