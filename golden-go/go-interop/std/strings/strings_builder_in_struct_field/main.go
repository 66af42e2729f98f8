package main

import (
	"fmt"
	"strings"
)

type Doc struct {
	out    strings.Builder
	indent int
}

func (self *Doc) Line(text string) {
	self.out.WriteString(strings.Repeat("  ", self.indent))
	self.out.WriteString(text)
	self.out.WriteByte(byte('\n'))
}

func (self *Doc) Open(tag string) {
	self.Line("<" + tag + ">")
	self.indent += 1
}

func (self *Doc) Close(tag string) {
	self.indent -= 1
	self.Line("</" + tag + ">")
}

func main() {
	d := Doc{out: strings.Builder{}, indent: 0}
	d.Open("ul")
	for _, item := range []string{"one", "two"} {
		d.Open("li")
		d.Line(item)
		d.Close("li")
	}
	d.Close("ul")
	fmt.Print(d.out.String())
	fmt.Println(d.out.Len())
}
