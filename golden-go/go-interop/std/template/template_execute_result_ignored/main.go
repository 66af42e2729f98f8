package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"text/template"
)

func main() {
	subject := lisette.ResultOfPtr(template.New("x").Parse("[{{.}}]\n"))
	if subject.Tag == lisette.ResultOk {
		t := subject.OkVal
		_ = t.Execute(os.Stdout, 7)
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
