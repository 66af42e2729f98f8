package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func exit_message(r lisette.Result[int, string]) string {
	if r.Tag == lisette.ResultOk {
		if r.OkVal == 0 {
			return "success"
		}
		code := r.OkVal
		return fmt.Sprintf("exited with %v", code)
	}
	e := r.ErrVal
	return fmt.Sprintf("could not start: %v", e)
}

func main() {
	fmt.Println(exit_message(lisette.MakeResultOk[int, string](0)))
	fmt.Println(exit_message(lisette.MakeResultOk[int, string](3)))
	fmt.Println(exit_message(lisette.MakeResultErr[int, string]("no such file")))
}
