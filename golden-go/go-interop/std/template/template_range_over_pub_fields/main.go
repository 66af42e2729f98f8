package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
	"text/template"
)

type Task struct {
	Title string
	Done  bool
	Hours float64
}

func (v Task) String() string {
	return "Task { title: " + lisette.FormatValue(v.Title) + ", done: " + lisette.FormatValue(v.Done) + ", hours: " + lisette.FormatValue(v.Hours) + " }"
}

func main() {
	tasks := []Task{Task{Title: "write spec", Done: true, Hours: 2.5}, Task{Title: "add cases", Done: false, Hours: 4.0}, Task{Title: "review", Done: false, Hours: 0.75}}
	text := "{{range $i, $t := .}}{{$i}}. [{{if $t.Done}}x{{else}} {{end}}] {{$t.Title}} ({{$t.Hours}}h)\n{{end}}"
	subject := lisette.ResultOfPtr(template.New("tasks").Parse(text))
	if subject.Tag == lisette.ResultOk {
		t := subject.OkVal
		sb := strings.Builder{}
		subject2 := lisette.ResultOfErr(t.Execute(&sb, tasks))
		if subject2.Tag == lisette.ResultOk {
			fmt.Print(sb.String())
		} else {
			e := subject2.ErrVal
			fmt.Println(e)
		}
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
