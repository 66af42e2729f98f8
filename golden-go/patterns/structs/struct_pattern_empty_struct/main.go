package main

import "fmt"

type Marker struct{}

func (v Marker) String() string {
	return "Marker {}"
}

func main() {
	m := Marker{}
	fmt.Println("marker seen")
	fmt.Println(m)
}
