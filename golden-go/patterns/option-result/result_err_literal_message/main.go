package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func open(name string) lisette.Result[string, string] {
	switch name {
	case "config":
		return lisette.MakeResultOk[string, string]("port=80")
	case "secret":
		return lisette.MakeResultErr[string, string]("permission denied")
	default:
		return lisette.MakeResultErr[string, string]("not found")
	}
}

func main() {
	files := []string{"config", "secret", "notes"}
	for _, f := range files {
		subject := open(f)
		if subject.Tag == lisette.ResultOk {
			text := subject.OkVal
			fmt.Println(f, "=>", text)
		} else if subject.ErrVal == "not found" {
			fmt.Println(f, "=> (creating)")
		} else {
			e := subject.ErrVal
			fmt.Println(f, "=> error:", e)
		}
	}
}
