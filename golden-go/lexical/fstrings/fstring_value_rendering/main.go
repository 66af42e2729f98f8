package main

import "fmt"

func main() {
	a := 0.1
	b := 0.2
	big := 2500000.0
	ok := a < b
	delta := -4
	fmt.Printf("sum=%v big=%v ok=%v delta=%v half=%v\n", a+b, big, ok, delta, a*5.0)
}
