package main

import "fmt"

func main() {
	hundreds := 6e2
	thousands := 1.5e3
	small := 2.5e-3
	hundred := 1e+2
	seven := 7e0
	fmt.Println(hundreds, thousands, small, hundred, seven)
	fmt.Printf("%T\n", hundreds)
}
