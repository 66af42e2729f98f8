package main

import "fmt"

func main() {
	n := 7
	var small int8 = 5
	var lowest int8 = -128
	fmt.Println(float64(n)/2.0, float64(n)*0.5+1.0, int(small)+n, 1+int(small)*2)
	fmt.Println(int(-lowest), int(-small))
}
