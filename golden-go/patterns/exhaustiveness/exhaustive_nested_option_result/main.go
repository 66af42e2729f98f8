package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func report(r lisette.Option[lisette.Result[int, string]]) string {
	if r.Tag == lisette.OptionNone {
		return "not started"
	}
	if r.SomeVal.Tag == lisette.ResultOk {
		n := r.SomeVal.OkVal
		return fmt.Sprintf("done: %v", n)
	}
	e := r.SomeVal.ErrVal
	return fmt.Sprintf("failed: %v", e)
}

func main() {
	fmt.Println(report(lisette.MakeOptionNone[lisette.Result[int, string]]()))
	fmt.Println(report(lisette.MakeOptionSome[lisette.Result[int, string]](lisette.MakeResultOk[int, string](12))))
	fmt.Println(report(lisette.MakeOptionSome[lisette.Result[int, string]](lisette.MakeResultErr[int, string]("disk full"))))
}
