package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func describe(xs []int, i int) string {
	subject := lisette.SliceGet(xs, i)
	if subject.Tag == lisette.OptionSome {
		v := subject.SomeVal
		return fmt.Sprintf("slot %v holds %v", i, v)
	}
	return fmt.Sprintf("slot %v is out of range", i)
}

func main() {
	slots := []int{40, 50}
	fmt.Println(describe(slots, 1))
	fmt.Println(describe(slots, 2))
}
