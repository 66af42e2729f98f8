package main

import "fmt"

func to_upper_ascii(b uint8) uint8 {
	return b - 32
}

func next_code(c int32) int32 {
	return c + 1
}

func main() {
	var lower byte = 'a'
	upper := to_upper_ascii(lower)
	r := 'x'
	following := next_code(r)
	same := r
	raw := upper
	fmt.Println(upper, following, same, raw)
	fmt.Printf("%T %T\n", lower, r)
}
