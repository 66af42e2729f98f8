package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Source[T any] interface {
	Read() T
}

type Dice struct {
	face int
}

func (v Dice) String() string {
	return "Dice { face: " + lisette.FormatValue(v.face) + " }"
}

func (self Dice) Read() int {
	return self.face
}

type Greeting struct {
	who string
}

func (v Greeting) String() string {
	return "Greeting { who: " + lisette.FormatValue(v.who) + " }"
}

func (self Greeting) Read() string {
	return "hello " + self.who
}

func doubled[S Source[int]](s S) int {
	return s.Read() * 2
}

func shouted[S Source[string]](s S) string {
	return s.Read() + "!"
}

func main() {
	fmt.Println(doubled(Dice{face: 4}), shouted(Greeting{who: "bo"}))
}
