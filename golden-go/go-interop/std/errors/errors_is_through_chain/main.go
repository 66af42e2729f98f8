package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	root := errors.New("permission denied")
	e1 := fmt.Errorf("open config: %w", root)
	e2 := fmt.Errorf("load settings: %w", e1)
	e3 := fmt.Errorf("start server: %w", e2)
	fmt.Println(e3)
	fmt.Println(errors.Is(e3, root), errors.Is(e3, e1), errors.Is(e1, e3))
	cur := lisette.MakeOptionSome[error](e3)
	depth := 0
	for cur.Tag == lisette.OptionSome {
		e := cur.SomeVal
		fmt.Println(depth, e.Error())
		cur = lisette.OptionNilable(errors.Unwrap(e))
		depth += 1
	}
}
