package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func close_file(name string) lisette.Result[struct{}, string] {
	fmt.Println("closing", name)
	return lisette.MakeResultOk[struct{}, string](struct{}{})
}

func main() {
	defer close_file("a.txt")
	defer func() {
		_ = close_file("b.txt")
	}()
	fmt.Println("writing")
}
