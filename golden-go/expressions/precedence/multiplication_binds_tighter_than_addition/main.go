package main

import "fmt"

func main() {
	a := 2
	b := 3
	c := 4
	fmt.Println(a+b*c, a*b+c, a-b*c, a*b%c, 20-a*b/c)
}
