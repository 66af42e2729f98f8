package main

import "fmt"

func main() {
	whole := 3.0
	tenth := 0.1
	one := 1.0
	negative := -2.5
	fmt.Println(whole, tenth, one/3.0, negative)
	hundred_thousand := 100000.0
	almost_million := 999999.5
	million := 1000000.0
	huge := 1.5e300
	fmt.Println(hundred_thousand, almost_million, million, huge)
	small := 0.0001
	smaller := 0.00001
	var single float32 = 0.1
	fmt.Println(small, smaller, single)
}
