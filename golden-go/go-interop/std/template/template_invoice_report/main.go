package main

import (
	"bytes"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
	"text/template"
)

type Line struct {
	Desc  string
	Qty   int
	Cents int
}

func (v Line) String() string {
	return "Line { desc: " + lisette.FormatValue(v.Desc) + ", qty: " + lisette.FormatValue(v.Qty) + ", cents: " + lisette.FormatValue(v.Cents) + " }"
}

type Invoice struct {
	Number   string
	Customer string
	Lines    []Line
	Total    string
}

func (v Invoice) String() string {
	return "Invoice { number: " + lisette.FormatValue(v.Number) + ", customer: " + lisette.FormatValue(v.Customer) + ", lines: " + lisette.FormatValue(v.Lines) + ", total: " + lisette.FormatValue(v.Total) + " }"
}

const TEMPLATES = "{{define \"line\"}}- {{.Desc}} x{{.Qty}}{{end}}{{define \"invoice\"}}Invoice {{.Number}} for {{.Customer}}\n{{range .Lines}}{{template \"line\" .}}\n{{end}}Total: {{.Total}}\n{{end}}"

func money(cents int) string {
	return fmt.Sprintf("%d.%02d", cents/100, cents%100)
}

func build(number, customer string, lines []Line) Invoice {
	total := lisette.SliceFold(lines, 0, func(acc int, l Line) int {
		return acc + l.Qty*l.Cents
	})
	return Invoice{Number: number, Customer: customer, Lines: lines, Total: money(total)}
}

func main() {
	var t *template.Template
	subject := lisette.ResultOfPtr(template.New("root").Parse(TEMPLATES))
	if subject.Tag != lisette.ResultOk {
		e := subject.ErrVal
		fmt.Println("parse:", e)
		return
	}
	t2 := subject.OkVal
	t = t2
	fmt.Println(strings.Contains(t.DefinedTemplates(), "\"invoice\""))
	inv := build("2026-0042", "ACME", []Line{Line{Desc: "Consulting", Qty: 3, Cents: 12000}, Line{Desc: "Travel", Qty: 1, Cents: 4550}})
	buf := bytes.Buffer{}
	subject2 := lisette.ResultOfErr(t.ExecuteTemplate(&buf, "invoice", inv))
	if subject2.Tag == lisette.ResultOk {
		fmt.Print(buf.String())
	} else {
		e := subject2.ErrVal
		fmt.Println("exec:", e)
	}
	subject3 := lisette.ResultOfErr(t.ExecuteTemplate(&buf, "nope", inv))
	if subject3.Tag == lisette.ResultOk {
		fmt.Println("unexpected")
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
	}
	subject4 := lisette.OptionNilable(t.Lookup("line"))
	if subject4.Tag == lisette.OptionSome {
		l := subject4.SomeVal
		fmt.Println("found", l.Name())
	} else {
		fmt.Println("no line template")
	}
	fmt.Println(lisette.OptionNilable(t.Lookup("missing")).IsNone())
}
