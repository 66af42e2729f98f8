package main

import "fmt"

func main() {
	width := 5
	height := 3
	border := 2
	inner := (width - border) * (height - border)
	nested := ((width + height) * (width - height)) / (border)
	flipped := !(width > height && height > border)
	fmt.Println(inner, nested, flipped, (width+height)*2, width+height*2)
}
