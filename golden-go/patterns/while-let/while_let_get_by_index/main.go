package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	words := []string{"alpha", "beta", "gamma"}
	i := 0
	letters := 0
	for {
		subject := lisette.SliceGet(words, i)
		if subject.Tag != lisette.OptionSome {
			break
		}
		w := subject.SomeVal
		letters += len(w)
		i += 1
	}
	fmt.Println(i, letters)
}
