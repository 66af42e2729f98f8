package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func save(name string) lisette.Result[struct{}, string] {
	if name == "" {
		return lisette.MakeResultErr[struct{}, string]("empty name")
	}
	return lisette.MakeResultOk[struct{}, string](struct{}{})
}

func main() {
	names := []string{"report", ""}
	for _, n := range names {
		subject := save(n)
		if subject.Tag == lisette.ResultOk {
			fmt.Println("saved", n)
		} else {
			e := subject.ErrVal
			fmt.Println("failed:", e)
		}
	}
}
