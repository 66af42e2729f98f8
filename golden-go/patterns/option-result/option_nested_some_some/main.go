package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func show(setting lisette.Option[lisette.Option[int]]) string {
	if setting.Tag == lisette.OptionSome {
		if setting.SomeVal.Tag == lisette.OptionSome {
			v := setting.SomeVal.SomeVal
			return fmt.Sprintf("set to %v", v)
		}
		return "explicitly unset"
	}
	return "not configured"
}

func main() {
	fmt.Println(show(lisette.MakeOptionSome[lisette.Option[int]](lisette.MakeOptionSome[int](8))))
	fmt.Println(show(lisette.MakeOptionSome[lisette.Option[int]](lisette.MakeOptionNone[int]())))
	fmt.Println(show(lisette.MakeOptionNone[lisette.Option[int]]()))
}
