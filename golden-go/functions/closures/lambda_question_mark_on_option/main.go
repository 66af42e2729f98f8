package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	rows := [][]int{[]int{1, 2}, []int{}, []int{3}}
	firsts := lisette.SliceMap(rows, func(row []int) lisette.Option[int] {
		opt := lisette.SliceGet(row, 0)
		if opt.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		f := opt.SomeVal
		return lisette.MakeOptionSome[int](f * 10)
	})
	fmt.Println(firsts)
}
