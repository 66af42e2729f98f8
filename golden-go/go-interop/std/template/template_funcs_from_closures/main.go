package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"strings"
	"text/template"
)

func main() {
	funcs := map[string]any{}
	funcs["upper"] = strings.ToUpper
	funcs["repeat"] = func(s string, n int) string {
		return strings.Repeat(s, n)
	}
	funcs["add"] = func(a, b int) int {
		return a + b
	}
	src := "{{upper .}} {{repeat \"ab\" 3}} {{add 2 40}}\n"
	subject := lisette.ResultOfPtr(template.New("f").Funcs(funcs).Parse(src))
	if subject.Tag == lisette.ResultOk {
		t := subject.OkVal
		_ = t.Execute(os.Stdout, "shout")
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
