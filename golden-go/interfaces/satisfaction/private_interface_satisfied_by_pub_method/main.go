package main

import "fmt"

type Codec interface {
	Encode(s string) string
}

type Rot1 struct{}

func (v Rot1) String() string {
	return "Rot1 {}"
}

func (self Rot1) Encode(s string) string {
	return s + "!"
}

func main() {
	var c Codec = Rot1{}
	fmt.Println(c.Encode("hi"))
}
