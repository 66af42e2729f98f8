package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"text/template"
)

func main() {
	data := map[string]string{}
	data["name"] = "Ada"
	data["lang"] = "Lisette"
	subject := lisette.ResultOfPtr(template.New("greet").Parse("Hello, {{.name}}! Welcome to {{.lang}}.\n"))
	if subject.Tag == lisette.ResultOk {
		t := subject.OkVal
		subject2 := lisette.ResultOfErr(t.Execute(os.Stdout, data))
		if subject2.Tag == lisette.ResultOk {
			fmt.Println("rendered", t.Name())
		} else {
			e := subject2.ErrVal
			fmt.Println("exec error:", e)
		}
	} else {
		e := subject.ErrVal
		fmt.Println("parse error:", e)
	}
}
