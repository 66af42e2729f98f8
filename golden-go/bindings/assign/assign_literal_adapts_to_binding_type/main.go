package main

import "fmt"

func main() {
	var ratio float32 = 1.5
	ratio = 2.0
	var code uint16 = 1
	code = 404
	fmt.Printf("%T %v %T %v\n", ratio, ratio, code, code)
}
