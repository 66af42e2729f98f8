package main

import "fmt"

func describe(v int8) string {
	switch v {
	case -128:
		return "min"
	case 127:
		return "max"
	case 0:
		return "zero"
	default:
		return "other"
	}
}

func main() {
	var lo int8 = -128
	var hi int8 = 127
	var mid int8 = 5
	fmt.Println(describe(lo), describe(hi), describe(mid), describe(0))
}
