package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func poll(i int) lisette.Tuple2[bool, int] {
	return lisette.Tuple2[bool, int]{First: i < 3, Second: i * 10}
}

func main() {
	i := 0
	for {
		subject := poll(i)
		if !subject.First {
			break
		}
		value := subject.Second
		fmt.Println("value", value)
		i += 1
	}
	fmt.Println("stopped at", i)
}
