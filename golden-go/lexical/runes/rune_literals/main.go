package main

import "fmt"

func main() {
	a := 'a'
	e_acute := 'é'
	smile := '😀'
	fmt.Println(a, e_acute, smile)
	fmt.Printf("%T %c%c%c\n", a, a, e_acute, smile)
}
