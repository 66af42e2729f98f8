package main

import "fmt"

func main() {
	width := 3.0
	var height float32 = 2.0
	chill := -5.0
	fmt.Println(width/2.0, height, chill)
	fmt.Printf("%T %T %T\n", width, height, chill)
}
