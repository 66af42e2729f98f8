package main

import "fmt"

func to_fahrenheit(c float64) float64 {
	return c*9.0/5.0 + 32.0
}

func main() {
	plain := 100.0
	room := 20.5
	sum := plain + room
	fmt.Println(to_fahrenheit(plain), to_fahrenheit(room), sum)
	fmt.Printf("%T\n", room)
}
