package main

import "fmt"

type Ready struct{}

func (v Ready) String() string {
	return "Ready {}"
}

func main() {
	a := Ready{}
	b := Ready{}
	fmt.Println(a)
	fmt.Println(a == b)
}
