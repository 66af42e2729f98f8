package main

import "fmt"

func main() {
	a := 0.1
	b := 0.2
	one := 1.0
	nine_tenths := 0.9
	fmt.Println(a+b, a+b == 0.3, one-nine_tenths, -a*3.0)
	var tenth float32 = 0.1
	sum32 := tenth + tenth + tenth
	fmt.Println(sum32, 7.5/2.0)
}
