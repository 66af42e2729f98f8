package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func identity[T any](x T) T {
	return x
}

func main() {
	fmt.Println(identity(3))
	fmt.Println(identity("three"))
	fmt.Println(identity(lisette.MakeOptionSome[bool](true)))
	fmt.Println(identity(3), identity("x"))
}
