package main

import "fmt"

const LIMIT = 3

type Named interface {
	Name() string
}

type Cat struct{}

func (v Cat) String() string {
	return "Cat {}"
}

func (self Cat) Name() string {
	return "cat"
}

func greet(n Named) {
	fmt.Println(n.Name())
}

func main() {
	id := LIMIT
	fmt.Println(id)
	greet(Cat{})
}
