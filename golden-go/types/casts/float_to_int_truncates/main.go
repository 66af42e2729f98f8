package main

import "fmt"

func main() {
	up := 3.99
	down := -3.99
	half := 0.5
	minus_half := -0.5
	fmt.Println(int(up), int(down), int(half), int(minus_half))
	price := 19.999
	fmt.Println(uint8(price), int64(price), int((price * 100.0)))
}
