package main

import "fmt"

func main() {
	w, h := 3.0, 4.0
	fmt.Println(w/2.0, h/8.0)
	count, ratio := int64(10), float32(0.25)
	fmt.Printf("%T %T\n", count, ratio)
}
