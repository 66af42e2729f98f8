package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func lookup(id int) lisette.Result[lisette.Option[int], string] {
	if id < 0 {
		return lisette.MakeResultErr[lisette.Option[int], string]("negative id")
	}
	if id%2 == 0 {
		return lisette.MakeResultOk[lisette.Option[int], string](lisette.MakeOptionSome[int](id * 10))
	} else {
		return lisette.MakeResultOk[lisette.Option[int], string](lisette.MakeOptionNone[int]())
	}
}

func main() {
	ids := []int{4, 7, -1}
	for _, id := range ids {
		var text string
		subject := lookup(id)
		if subject.Tag == lisette.ResultOk {
			if subject.OkVal.Tag == lisette.OptionSome {
				v := subject.OkVal.SomeVal
				text = fmt.Sprintf("value %v", v)
			} else {
				text = "no value"
			}
		} else {
			e := subject.ErrVal
			text = fmt.Sprintf("error: %v", e)
		}
		fmt.Println(id, text)
	}
}
