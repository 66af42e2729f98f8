package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"strings"
	"text/template"
)

func render(t *template.Template, data map[string]int) {
	sb := strings.Builder{}
	subject := lisette.ResultOfErr(t.Execute(&sb, data))
	if subject.Tag == lisette.ResultOk {
		fmt.Println("out:", sb.String())
	} else {
		e := subject.ErrVal
		fmt.Println("err:", e)
	}
}

func main() {
	data := map[string]int{}
	data["a"] = 1
	subject2 := lisette.ResultOfPtr(template.New("lenient").Parse("a={{.a}} b={{.b}}"))
	if subject2.Tag == lisette.ResultOk {
		t := subject2.OkVal
		render(t, data)
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	subject3 := lisette.ResultOfPtr(template.New("strict").Option("missingkey=error").Parse("a={{.a}} b={{.b}}"))
	if subject3.Tag == lisette.ResultOk {
		t := subject3.OkVal
		render(t, data)
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
	}
	fmt.Fprintln(os.Stdout, "done")
}
