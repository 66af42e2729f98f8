package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"text/template"
)

func main() {
	for _, src := range []string{"{{.Name", "{{if .X}}open", "{{.A}} and {{.B}}"} {
		subject := lisette.ResultOfPtr(template.New("t").Parse(src))
		if subject.Tag == lisette.ResultOk {
			t := subject.OkVal
			fmt.Println("ok:", t.Name())
		} else {
			e := subject.ErrVal
			fmt.Println(e)
		}
	}
}
