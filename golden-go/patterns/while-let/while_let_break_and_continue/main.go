package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func next_reading(readings []int, i int) lisette.Option[int] {
	return lisette.SliceGet(readings, i)
}

func main() {
	readings := []int{5, -1, 7, 0, 3, 100, 4}
	i := 0
	sum := 0
	for {
		subject := next_reading(readings, i)
		if subject.Tag != lisette.OptionSome {
			break
		}
		r := subject.SomeVal
		i += 1
		if r < 0 {
			continue
		}
		if r >= 100 {
			fmt.Println("overflow at", i-1)
			break
		}
		sum += r
	}
	fmt.Println("sum", sum)
}
