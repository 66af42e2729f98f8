package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	base := errors.New("disk full")
	wrapped := fmt.Errorf("save %s: %w", "notes.txt", base)
	flat := fmt.Errorf("save %s: %v", "notes.txt", base)
	fmt.Println(wrapped)
	fmt.Println(flat)
	fmt.Println(errors.Is(wrapped, base), errors.Is(flat, base))
	subject := lisette.OptionNilable(errors.Unwrap(wrapped))
	if subject.Tag == lisette.OptionSome {
		inner := subject.SomeVal
		fmt.Println("cause:", inner, inner == base)
	} else {
		fmt.Println("no cause")
	}
	fmt.Println(lisette.OptionNilable(errors.Unwrap(flat)).IsNone())
}
