package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	found := lisette.MakeOptionSome[string]("key")
	if found.Tag == lisette.OptionSome {
		k := found.SomeVal
		fmt.Println("found", k)
	} else {
		fmt.Println("nothing")
	}
	outcome := lisette.MakeResultErr[int, string]("timeout")
	if outcome.Tag == lisette.ResultOk {
		v := outcome.OkVal
		fmt.Println("value", v)
	} else {
		e := outcome.ErrVal
		fmt.Println("failed:", e)
	}
}
