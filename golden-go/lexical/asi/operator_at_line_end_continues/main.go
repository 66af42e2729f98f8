package main

import "fmt"

func main() {
	width := 12
	area := width*width - 4
	inside := area > 100 && area < 200 || false
	fmt.Println(area, inside)
}
