package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func item_at(items []string, i int) lisette.Option[string] {
	fmt.Println("item_at", i)
	return lisette.SliceGet(items, i)
}

func main() {
	items := []string{"pen", "ink"}
	i := 0
	for {
		subject := item_at(items, i)
		if subject.Tag != lisette.OptionSome {
			break
		}
		item := subject.SomeVal
		fmt.Println("using", item)
		i += 1
	}
	fmt.Println("done after", i)
}
