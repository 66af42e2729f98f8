package main

import "fmt"

func main() {
	controls := "\a\b\f\v\r"
	fmt.Printf("%q\n", controls)
	fmt.Printf("% x\n", controls)
}
