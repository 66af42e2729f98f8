package main

import "fmt"

func main() {
	quotient := -17
	quotient /= 5
	remainder := -17
	remainder %= 5
	fmt.Println(quotient, remainder)
}
