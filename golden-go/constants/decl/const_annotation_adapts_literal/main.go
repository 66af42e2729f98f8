package main

import "fmt"

const MARKUP = 2.0

const DISCOUNT = 10.0

const LEVEL uint8 = 7

const FLOOR int16 = -300

func main() {
	price := 50.0
	fmt.Println(price*MARKUP-DISCOUNT, LEVEL, FLOOR)
}
