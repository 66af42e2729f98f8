package main

import "fmt"

func main() {
	digits := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	upper := digits[5:len(digits):len(digits)]
	inner := upper[1:3:3]
	fmt.Println(upper, inner, cap(inner))
}
